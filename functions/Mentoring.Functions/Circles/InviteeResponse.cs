using Mentoring.Core.Circles;

namespace Mentoring.Functions.Circles;

/// <summary>An invitee as the circle's members see them: who, in what role, invited by whom, and whether they declined.</summary>
/// <remarks><see cref="Notice"/>: <c>teamsCard</c> when they already had the app and got a card in Teams, <c>tab</c> when the
/// invitation waits in their personal tab (the product installs the app for nobody who has not said yes).</remarks>
public sealed record InviteeResponse(string PersonId, MemberRole Role, string DisplayName, string InvitedBy, DateTimeOffset InvitedAt, bool Declined, string Notice)
{
    public const string ByTeamsCard = "teamsCard";
    public const string InTab = "tab";

    public static InviteeResponse From(Invitee i) =>
        new(i.PersonId.ToString(), i.Member.Role, i.Member.DisplayName, i.InvitedByName, i.InvitedAt, i.Declined, i.ByCard ? ByTeamsCard : InTab);
}
