namespace Mentoring.Functions.Matching;

/// <summary>Starting an open group: its name.</summary>
public sealed record GroupBody(string? Name);
