using Mentoring.Core.People;

namespace Mentoring.Core.Cohorts;

/// <summary>One cohort member in the coordinator's view: whether they have a mentor and a peer group (active circles), and
/// whether their profile is visible as a peer (else no group can be proposed to them).</summary>
public sealed record CohortMemberStatus(PersonId Person, string DisplayName, bool HasMentor, bool InGroup, bool VisibleAsPeer);
