namespace Mentoring.Core.Relationship;

/// <summary>An answer to the open pulse: each question from 1 (not at all) to 5 (fully).</summary>
public sealed record PulseDraft(int? Useful, int? Working);
