using Mentoring.Core.Circles;

namespace Mentoring.Functions.Circles;

/// <summary>An invitee as the circle's members see them: who, in what role, invited by whom, and whether they declined.</summary>
public sealed record InviteeResponse(string PersonId, MemberRole Role, string DisplayName, string InvitedBy, DateTimeOffset InvitedAt, bool Declined)
{
    public static InviteeResponse From(Invitee i) => new(i.PersonId.ToString(), i.Member.Role, i.Member.DisplayName, i.InvitedByName, i.InvitedAt, i.Declined);
}
