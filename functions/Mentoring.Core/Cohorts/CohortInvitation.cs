namespace Mentoring.Core.Cohorts;

/// <summary>What an invitee sees of a cohort: its name and who created it.</summary>
public sealed record CohortInvitation(Guid CohortId, string Name, string InvitedByName, DateTimeOffset InvitedAt);
