namespace Mentoring.Core.Cohorts;

/// <summary>The coordinator's view of a cohort: the people who accepted, the groups forming from it, the activity of the circles
/// formed from it (never its members' other circles), and its figures (none about fewer than five people).</summary>
public sealed record CohortView(
    Cohort Cohort, IReadOnlyList<CohortMemberStatus> Members, IReadOnlyList<FormingGroup> Forming, IReadOnlyList<CircleActivity> Circles, CohortFigures Figures);
