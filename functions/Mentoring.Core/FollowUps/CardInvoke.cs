using System.Globalization;
using System.Text.Json.Nodes;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.FollowUps;

/// <summary>An <c>Action.Execute</c> of one of the product's cards, read from the invoke's verb and data (the card's data merged with its inputs).</summary>
/// <param name="Member">The member the card was made for: only they may act on it.</param>
public sealed record CardInvoke(string Verb, CircleId Circle, string SessionId, PersonId Member, int? Revision, FollowUpDraft Answer, string? ItemKind, string? ItemText)
{
    private const int MaxSessionIdLength = 64;

    public static Result<CardInvoke> Parse(string? verb, JsonObject? data)
    {
        // A request card's verbs are read by RequestCardInvoke; here they are as unknown as any other.
        if (verb is null || !CardVerbs.All.Contains(verb) || CardVerbs.Requests.Contains(verb))
        {
            return Error.Invalid("verb", "bot.verb.unknown", new Dictionary<string, object> { ["verbs"] = string.Join(", ", CardVerbs.All) });
        }

        data ??= [];
        var v = new Validation();
        if (!CircleId.TryParse(Read(data, CardVerbs.Circle), out var circle))
        {
            v.Add(Error.Invalid(CardVerbs.Circle, "id.invalid"));
        }

        var session = Read(data, CardVerbs.Session);
        if (string.IsNullOrWhiteSpace(session) || session.Length > MaxSessionIdLength)
        {
            v.Add(Error.Invalid(CardVerbs.Session, "id.invalid"));
        }

        if (!PersonId.TryParse(Read(data, CardVerbs.Member), out var member))
        {
            v.Add(Error.Invalid(CardVerbs.Member, "id.invalid"));
        }

        // Every follow-up card carries the revision it showed: without it a replayed card could not be told from a fresh one.
        int? revision = int.TryParse(Read(data, CardVerbs.Revision), NumberStyles.None, CultureInfo.InvariantCulture, out var shown) ? shown : null;
        if (verb != CardVerbs.AddReminderItem && revision is null)
        {
            v.Add(Error.Invalid(CardVerbs.Revision, "required"));
        }

        return v.ToResult(() => new CardInvoke(verb, circle, session!, member, revision, AnswerOf(data, revision), Read(data, ReminderCard.ItemKindInput), Read(data, ReminderCard.ItemTextInput)));
    }

    private static FollowUpDraft AnswerOf(JsonObject data, int? revision)
    {
        var commitments = data.Where(p => p.Key.StartsWith(FollowUpCard.CommitmentInputPrefix, StringComparison.Ordinal))
            .ToDictionary(p => p.Key[FollowUpCard.CommitmentInputPrefix.Length..], p => Text(p.Value));

        // newCommitment1, newCommitment2… in their order, however many a crafted invoke sends: the answer's rules count them.
        var newCommitments = data.Where(p => p.Key.StartsWith(FollowUpCard.NewCommitmentInputPrefix, StringComparison.Ordinal))
            .Select(p => (Slot: int.TryParse(p.Key[FollowUpCard.NewCommitmentInputPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue, p.Value))
            .OrderBy(p => p.Slot).Select(p => Text(p.Value)).ToArray();
        var goals = data.Where(p => p.Key.StartsWith(FollowUpGoals.InputPrefix, StringComparison.Ordinal))
            .ToDictionary(p => p.Key[FollowUpGoals.InputPrefix.Length..], p => Text(p.Value));
        var helpers = Read(data, FollowUpCard.HelpedByInput)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        return new FollowUpDraft(
            Read(data, FollowUpCard.AttendedInput), commitments, newCommitments, Read(data, FollowUpCard.BlockerInput),
            Read(data, FollowUpCard.UsefulnessInput), helpers, revision, goals);
    }

    private static string? Read(JsonObject data, string key) => data.TryGetPropertyValue(key, out var node) ? Text(node) : null;

    /// <summary>Inputs arrive as strings; a crafted invoke may send numbers or booleans, read as their JSON text.</summary>
    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(),
    };
}
