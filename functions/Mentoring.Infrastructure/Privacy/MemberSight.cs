using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Mentoring.Core.Privacy;

namespace Mentoring.Infrastructure.Privacy;

/// <summary>
/// What a person's export holds of a row another member wrote that holds their id: what <see cref="LeastSight"/> lets a member
/// see of it. A thanks addressed to them (content); another member's follow-up answer (activity only): who answered, for which
/// session, and that it names them (as a helper), none of what was answered; another member's private note: nothing.
/// </summary>
/// <remarks>A kind of row no one has classified yet is <see cref="Sight.None"/>: stricter, until the table says otherwise.</remarks>
internal static class MemberSight
{
    public static PersonalRecord? Record(string store, TableEntity row, DataSubject subject)
    {
        var kind = PersonalRows.KindOf(row, "entry");
        var sight = KindOf(kind) is { } known ? LeastSight.Of(known, Audience.Member) : Sight.None;
        return sight switch
        {
            Sight.Content => PersonalRows.ToRecord(store, row, kind, writtenBySubject: false),
            Sight.ActivityOnly => Activity(store, row, kind, subject),
            _ => null,
        };
    }

    /// <summary>The least-sight kind of a row of a circle's partition, by its row-key prefix (see <c>EntryRows</c>).</summary>
    public static PersonalDataKind? KindOf(string rowKind) => rowKind switch
    {
        "circle" => PersonalDataKind.Membership,
        "session" => PersonalDataKind.Sessions,
        "item" => PersonalDataKind.AgendaItems,
        "commitment" => PersonalDataKind.Commitments,
        "note" => PersonalDataKind.Notes,
        "thanks" or "news" => PersonalDataKind.Thanks,
        "followup" => PersonalDataKind.FollowUps,
        "codev" => PersonalDataKind.Sessions,
        "attendance" => PersonalDataKind.Sessions,
        _ => null,
    };

    /// <summary>Who wrote it, for which session, and under which fields it names the subject: no text, no answer.</summary>
    private static PersonalRecord Activity(string store, TableEntity row, string kind, DataSubject subject)
    {
        var full = PersonalRows.ToRecord(store, row, kind, writtenBySubject: false);
        var id = subject.Person.ToString();
        var naming = full.Data.Where(f => f.Key != "member" && Holds(f.Value, id)).Select(f => (JsonNode?)JsonValue.Create(f.Key));
        var data = new JsonObject
        {
            ["authorId"] = PersonalRows.AuthorOf(row)?.ToString(),
            ["sessionId"] = full.Data["sessionId"]?.DeepClone(),
            ["namesYouAs"] = new JsonArray([.. naming]),
        };
        return full with { Data = data };
    }

    private static bool Holds(JsonNode? node, string id) => node switch
    {
        JsonArray a => a.Any(n => Holds(n, id)),
        JsonValue v when v.TryGetValue<string>(out var s) => s.Contains(id, StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}
