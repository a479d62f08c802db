namespace Mentoring.Functions.Matching;

/// <summary>The drafted personal message, for the mentee to edit.</summary>
public sealed record DraftResponse(string Message);
