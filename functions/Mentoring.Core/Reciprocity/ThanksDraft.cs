namespace Mentoring.Core.Reciprocity;

/// <summary>"This peer helped me with …": the peer's person id and what they helped with.</summary>
public sealed record ThanksDraft(string? To, string? What);
