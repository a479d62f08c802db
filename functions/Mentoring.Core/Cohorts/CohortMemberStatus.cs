using Mentoring.Core.People;

namespace Mentoring.Core.Cohorts;

/// <summary>One cohort member who accepted, in the coordinator's view: whether they are in a peer group formed from this cohort,
/// and whether their profile is visible as a peer (else no group can be proposed to them).</summary>
/// <remarks>Whether they have a mentor is not shown: a mentorship is private, not part of the programme.</remarks>
public sealed record CohortMemberStatus(PersonId Person, string DisplayName, bool InGroup, bool VisibleAsPeer);
