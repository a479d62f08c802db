namespace Mentoring.Core.Cohorts;

/// <summary>The coordinator's view of a cohort: its people, the groups forming from it, and the activity of its members' circles.</summary>
public sealed record CohortView(Cohort Cohort, IReadOnlyList<CohortMemberStatus> Members, IReadOnlyList<FormingGroup> Forming, IReadOnlyList<CircleActivity> Circles);
