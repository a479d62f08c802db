namespace Mentoring.Functions.Agendas;

/// <summary>The session's item ids in their new order; items left out keep their relative order after these.</summary>
public sealed record ReorderRequest(IReadOnlyList<string>? ItemIds);
