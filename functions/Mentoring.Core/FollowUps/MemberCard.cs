namespace Mentoring.Core.FollowUps;

/// <summary>An Adaptive Card (1.5, JSON) in the member's language, with the text Teams shows in notifications.</summary>
/// <param name="CardJson">The card's JSON, the <c>content</c> of an <c>application/vnd.microsoft.card.adaptive</c> attachment.</param>
/// <param name="Locale">The member's locale (fr-FR, en-US…), also the activity's <c>locale</c>.</param>
/// <param name="Summary">The activity's <c>summary</c>/<c>text</c>, shown in the notification and the chat list.</param>
public sealed record MemberCard(string CardJson, string Locale, string Summary);
