using Mentoring.Core.People;

namespace Mentoring.Core.Circles;

/// <summary>A person someone else added to a circle, who has not said yes: not a member until they accept.</summary>
/// <param name="Member">The member they become on accepting (role, objective, and when they join: null for a founding member).</param>
/// <param name="InvitedBy">The member who added them: the one name besides the circle's that they see.</param>
/// <param name="Declined">They said no: kept so the members see it, never counted, may be invited again.</param>
/// <param name="ByCard">They already had the app in Teams when invited, so a card was sent too; otherwise the invitation waits in
/// their personal tab (the product never installs the app for someone who has not said yes).</param>
/// <remarks>An invitee gets no calendar invitation, no card about sessions and sees only the circle's name, kind and inviter.</remarks>
public sealed record Invitee(Member Member, PersonId InvitedBy, string InvitedByName, DateTimeOffset InvitedAt, bool Declined = false, bool ByCard = false)
{
    public PersonId PersonId => Member.PersonId;

    public bool IsPending => !Declined;
}
