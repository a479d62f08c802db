using Mentoring.Core.Circles;
using Mentoring.Core.Circles.Invitations;

namespace Mentoring.Functions.Circles;

/// <summary>One invitation as the invitee reads it: what it is (a circle or a cohort), its name and kind, and who invited them.</summary>
public sealed record InvitationResponse(string Type, string Id, CircleKind? Kind, string Name, MemberRole? Role, string InvitedBy, DateTimeOffset InvitedAt)
{
    public static InvitationResponse From(CircleInvitation i) => new("circle", i.CircleId.ToString(), i.Kind, i.Name, i.Role, i.InvitedByName, i.InvitedAt);

    public static InvitationResponse From(Core.Cohorts.CohortInvitation i) => new("cohort", i.CohortId.ToString(), null, i.Name, null, i.InvitedByName, i.InvitedAt);
}
