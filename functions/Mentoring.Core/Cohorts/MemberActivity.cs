namespace Mentoring.Core.Cohorts;

/// <summary>One cohort member as a coordinator may see them: their line of the cohort view and their circles' counts and dates.</summary>
public sealed record MemberActivity(CohortMemberStatus Member, IReadOnlyList<CircleActivity> Circles);
