using Mentoring.Core.People;

namespace Mentoring.Core.Cohorts;

/// <summary>The groups proposed for a cohort, and the members who could not be grouped because they have not (yet) chosen to be
/// visible as peers: the coordinator invites them to fill their profile.</summary>
public sealed record Proposal(IReadOnlyList<FormingGroup> Groups, IReadOnlyList<PersonId> NotVisible);
