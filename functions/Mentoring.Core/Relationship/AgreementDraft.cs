namespace Mentoring.Core.Relationship;

/// <summary>An agreement as a member writes it.</summary>
/// <param name="Frequency">"weekly", "fortnightly" or "monthly".</param>
/// <param name="DurationMonths">3 to 12.</param>
/// <param name="Communication">How they talk between sessions (a line).</param>
/// <param name="Rules">Their own rules: required for a peer group, optional for a mentorship.</param>
/// <param name="Confidential">Must be true: "what is said stays between us" is part of every agreement.</param>
public sealed record AgreementDraft(string? Frequency, int? DurationMonths, string? Communication, string? Rules = null, bool? Confidential = null);
