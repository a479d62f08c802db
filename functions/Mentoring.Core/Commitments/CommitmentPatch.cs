namespace Mentoring.Core.Commitments;

/// <summary>Closing a commitment: <c>done</c> or <c>dropped</c>, with an optional word on why.</summary>
public sealed record CommitmentPatch(string? State, string? Reason);
