using System.Globalization;
using System.Text.Json.Nodes;
using Mentoring.Core.Agendas;
using Mentoring.Core.People;

namespace Mentoring.Core.FollowUps;

/// <summary>The reminder before a session: the agenda so far, the commitments due, a field to add an item, the Teams link.</summary>
/// <remarks>
/// An agenda may hold 200 items of 2,000 characters: the card shows the first <see cref="MaxItemsShown"/> items and
/// <see cref="MaxDueShown"/> commitments, each cut to <see cref="FollowUpCard.LabelLength"/> characters, and says how many
/// more the side panel has, so it stays under Teams' 28 KB.
/// </remarks>
public static class ReminderCard
{
    public const int MaxItemsShown = 15;
    public const int MaxDueShown = 10;
    public const string ItemTextInput = "itemText";
    public const string ItemKindInput = "itemKind";

    /// <param name="added">The item the member just added from this card, to confirm it.</param>
    public static JsonObject Build(SessionAgenda agenda, PersonId member, CardReader reader, string? added = null)
    {
        var t = reader.Texts;
        var names = agenda.Circle.Members.ToDictionary(m => m.PersonId, m => m.DisplayName);
        string Line(PersonId author, string text) =>
            $"{AdaptiveCard.Shorten(names.GetValueOrDefault(author, "?"), FollowUpCard.NameLength)} : {AdaptiveCard.Shorten(text, FollowUpCard.LabelLength)}";
        var body = new List<JsonNode?>
        {
            AdaptiveCard.Text(string.Format(CultureInfo.InvariantCulture, t.ReminderTitle, reader.DayAndTime(agenda.Session.Start)), bold: true, size: "Medium"),
            AdaptiveCard.Text(agenda.Circle.Name, subtle: true),
            AdaptiveCard.Text(t.AgendaSoFar, bold: true),
        };
        body.AddRange(agenda.Items.Count == 0
            ? [AdaptiveCard.Text(t.AgendaEmpty, subtle: true)]
            : agenda.Items.Take(MaxItemsShown).Select(i => AdaptiveCard.Text($"{Kind(i.Value.Kind, t)} · {Line(i.Value.Author, i.Value.Text)}")));
        body.Add(More(agenda.Items.Count - MaxItemsShown, t));
        if (agenda.Due.Count > 0)
        {
            body.Add(AdaptiveCard.Text(t.CommitmentsDue, bold: true));
            body.AddRange(agenda.Due.Take(MaxDueShown).Select(c => AdaptiveCard.Text(Line(c.Value.Author, c.Value.Text))));
            body.Add(More(agenda.Due.Count - MaxDueShown, t));
        }

        if (added is not null)
        {
            body.Add(AdaptiveCard.Text(string.Format(CultureInfo.InvariantCulture, t.ItemAdded, AdaptiveCard.Shorten(added, FollowUpCard.LabelLength))));
        }

        body.Add(AdaptiveCard.TextInput(ItemTextInput, t.AddItem, null, AgendaItem.MaxTextLength, t.AddItemHint, multiline: true));
        body.Add(AdaptiveCard.Choices(
            ItemKindInput, t.ItemKind,
            [(t.KindTopic, "topic"), (t.KindQuestion, "question"), (t.KindBlocker, "blocker"), (t.KindSuccess, "success")], "topic"));
        var data = new JsonObject
        {
            [CardVerbs.Circle] = agenda.Circle.Id.ToString(),
            [CardVerbs.Session] = agenda.Session.Id,
            [CardVerbs.Member] = member.ToString(),
        };
        var join = agenda.Circle.Schedule?.Series?.JoinUrl;
        return AdaptiveCard.Card(
            t.Lang, body,
            [AdaptiveCard.Execute(t.Add, CardVerbs.AddReminderItem, data), join is null ? null : AdaptiveCard.OpenUrl(t.Join, join)]);
    }

    public static string Summary(SessionAgenda agenda, CardReader reader) =>
        string.Format(CultureInfo.InvariantCulture, reader.Texts.ReminderSummary, reader.DayAndTime(agenda.Session.Start), agenda.Circle.Name);

    private static JsonObject? More(int more, CardTexts t) =>
        more > 0 ? AdaptiveCard.Text(string.Format(CultureInfo.InvariantCulture, t.More, more), subtle: true) : null;

    private static string Kind(AgendaItemKind kind, CardTexts t) => kind switch
    {
        AgendaItemKind.Blocker => t.KindBlocker,
        AgendaItemKind.Question => t.KindQuestion,
        AgendaItemKind.Success => t.KindSuccess,
        _ => t.KindTopic,
    };
}
