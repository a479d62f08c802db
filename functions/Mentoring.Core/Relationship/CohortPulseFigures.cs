namespace Mentoring.Core.Relationship;

/// <summary>What a coordinator sees of a cohort's pulses: how many answers were given and the share that were low; both null
/// for a cohort of fewer than <see cref="Cohorts.CohortFigures.MinPeople"/> people (and the share null without answers).</summary>
public sealed record CohortPulseFigures(int? Answered, double? LowShare);
