using System.Globalization;
using System.Text.Json.Nodes;
using Mentoring.Core.FollowUps;

namespace Mentoring.Core.Ending;

/// <summary>The cards that tell members a question waits for them in the tab: the end question, the inactivity flag and its
/// warning. They open the personal tab, where the answer is given (and, on closing, the last placement and thanks).</summary>
public static class EndingCard
{
    public static MemberCard Build(string title, string body, string circleName, string day, Uri tab, EndingCardTexts t)
    {
        ArgumentNullException.ThrowIfNull(tab);
        ArgumentNullException.ThrowIfNull(t);
        var name = AdaptiveCard.Shorten(circleName, FollowUpCard.NameLength);
        var heading = string.Format(CultureInfo.InvariantCulture, title, name, day);
        var content = new JsonNode?[]
        {
            AdaptiveCard.Text(heading, bold: true, size: "Medium"),
            AdaptiveCard.Text(string.Format(CultureInfo.InvariantCulture, body, name, day)),
        };
        var card = AdaptiveCard.Card(t.Lang, content, [AdaptiveCard.OpenUrl(t.Open, tab.AbsoluteUri)]);
        return new MemberCard(AdaptiveCard.Serialize(card), t.Locale, heading);
    }
}
