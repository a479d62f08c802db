using System.Globalization;
using System.Text.Json.Nodes;
using Mentoring.Core.FollowUps;

namespace Mentoring.Core.Circles.Invitations;

/// <summary>An invitation's card: what the invitee may see of the circle (name, kind, their role, who invited them) and Accept / Decline.</summary>
/// <remarks>Nothing else of the circle is on it (members, objective, sessions): the invitee is not a member yet. Names are cut at
/// <see cref="FollowUpCard.NameLength"/> characters, so the card stays far under Teams' 28 KB.</remarks>
public static class InvitationCard
{
    public static MemberCard ForInvitee(Circle circle, Invitee invitee, InvitationCardTexts t)
    {
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(invitee);
        ArgumentNullException.ThrowIfNull(t);
        var (inviter, name) = (Short(invitee.InvitedByName), Short(circle.Name));
        var intro = circle.Kind == CircleKind.Mentorship ? t.IntroMentorship : t.IntroPeerGroup;
        var body = new List<JsonNode?>
        {
            AdaptiveCard.Text(Format(t.Title, inviter, name), bold: true, size: "Medium"),
            AdaptiveCard.Text(Format(intro, inviter, name)),
            AdaptiveCard.Facts([(t.Role, t.RoleName(invitee.Member.Role))]),
            AdaptiveCard.Text(t.Consent, subtle: true),
        };
        var data = new JsonObject { [CardVerbs.Circle] = circle.Id.ToString() };
        var actions = new JsonNode?[]
        {
            AdaptiveCard.Execute(t.Accept, CardVerbs.AcceptInvitation, data),
            AdaptiveCard.Execute(t.Decline, CardVerbs.DeclineInvitation, data.DeepClone().AsObject()),
        };
        return new MemberCard(AdaptiveCard.Serialize(AdaptiveCard.Card(t.Lang, body, actions)), t.Locale, Format(t.Notification, inviter, name));
    }

    /// <summary>What replaces the card once answered from it.</summary>
    public static MemberCard Answered(string circleName, bool accepted, InvitationCardTexts t)
    {
        ArgumentNullException.ThrowIfNull(t);
        var title = Format(accepted ? t.Accepted : t.Declined, "", Short(circleName));
        var body = new JsonNode?[] { AdaptiveCard.Text(title, bold: true, size: "Medium"), accepted ? AdaptiveCard.Text(t.AcceptedNext) : null };
        return new MemberCard(AdaptiveCard.Serialize(AdaptiveCard.Card(t.Lang, body, [])), t.Locale, title);
    }

    /// <summary>What replaces a card in the chat once its invitation was withdrawn: no buttons left.</summary>
    public static MemberCard Withdrawn(string by, string circleName, InvitationCardTexts t)
    {
        ArgumentNullException.ThrowIfNull(t);
        var title = Format(t.Withdrawn, Short(by), Short(circleName));
        return new MemberCard(AdaptiveCard.Serialize(AdaptiveCard.Card(t.Lang, [AdaptiveCard.Text(title, bold: true)], [])), t.Locale, title);
    }

    /// <summary>What replaces the card when the invitation was answered elsewhere, withdrawn or closed: it names nothing.</summary>
    public static MemberCard NoLongerOpen(InvitationCardTexts t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new MemberCard(AdaptiveCard.Serialize(AdaptiveCard.Card(t.Lang, [AdaptiveCard.Text(t.NoLongerOpen, bold: true)], [])), t.Locale, t.NoLongerOpen);
    }

    private static string Short(string name) => AdaptiveCard.Shorten(name, FollowUpCard.NameLength);

    private static string Format(string text, string inviter, string circle) => string.Format(CultureInfo.InvariantCulture, text, inviter, circle);
}
