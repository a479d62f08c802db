using System.Text.Json.Nodes;
using Mentoring.M365Emulator.Time;

namespace Mentoring.M365Emulator.Graph.Events;

/// <summary>Turns a stored event, or one of its instances, into Graph's event JSON in the caller's preferred zone, as one mailbox sees it.</summary>
/// <remarks>
/// The organizer sees each attendee's response in <c>attendees[].status</c>; an attendee sees their own copy: its id,
/// <c>isOrganizer: false</c>, their <c>responseStatus</c>, and only the attachments an update brought them
/// (https://learn.microsoft.com/graph/api/resources/event, properties id, iCalUId, isOrganizer, responseStatus).
/// </remarks>
internal static class EventRenderer
{
    public static JsonObject Render(StoredEvent stored, string zone, Occurrence? occurrence = null, Guid? viewer = null)
    {
        var mailbox = viewer ?? stored.Organizer.Id;
        var json = (JsonObject)stored.Json.DeepClone();
        var startUtc = GraphTime.ReadUtc(stored.Json["start"], stored.Zones) ?? DateTime.MinValue;
        var endUtc = GraphTime.ReadUtc(stored.Json["end"], stored.Zones) ?? startUtc;
        var id = stored.IdIn(mailbox);
        json["id"] = id;
        if (occurrence is not null)
        {
            foreach (var (name, value) in occurrence.Exception ?? [])
                json[name] = value?.DeepClone();
            json["id"] = EventIds.Occurrence(id, occurrence.OriginalStartUtc);
            json["seriesMasterId"] = id;
            json["type"] = occurrence.IsException ? "exception" : "occurrence";
            json["recurrence"] = null;
            json["originalStart"] = GraphTime.Utc(occurrence.OriginalStartUtc);
            (startUtc, endUtc) = (occurrence.StartUtc, occurrence.EndUtc);
        }

        json["start"] = GraphTime.Write(startUtc, zone, stored.Zones);
        json["end"] = GraphTime.Write(endUtc, zone, stored.Zones);
        json["hasAttachments"] = AttachmentsSeen(stored, occurrence, mailbox).Any();
        Responses(stored, json, mailbox);
        return json;
    }

    /// <summary>The attachments <paramref name="mailbox"/> sees: all for the organizer, those an update delivered for an attendee.</summary>
    public static IEnumerable<JsonObject> AttachmentsSeen(StoredEvent stored, Occurrence? occurrence, Guid mailbox)
    {
        var all = stored.AttachmentsOf(occurrence).Concat(occurrence is null ? [] : stored.Attachments);
        if (mailbox == stored.Organizer.Id)
            return all;
        var delivered = stored.CopyFor(mailbox).DeliveredAttachments;
        return all.Where(a => a["id"]?.GetValue<string>() is { } id && delivered.Contains(id));
    }

    private static void Responses(StoredEvent stored, JsonObject json, Guid mailbox)
    {
        foreach (var attendee in json["attendees"]?.AsArray().OfType<JsonObject>() ?? [])
        {
            var user = DemoDirectory.Find(attendee["emailAddress"]?["address"]?.GetValue<string>() ?? "");
            if (user is not null && stored.Copies.TryGetValue(user.Id, out var copy) && copy.ResponseTime is { } time)
                attendee["status"] = new JsonObject { ["response"] = copy.Response, ["time"] = GraphTime.Utc(time.UtcDateTime) };
        }

        var organizer = mailbox == stored.Organizer.Id;
        json["isOrganizer"] = organizer;
        var own = organizer ? null : stored.CopyFor(mailbox);
        json["responseStatus"] = new JsonObject
        {
            ["response"] = organizer ? "organizer" : own!.Response,
            ["time"] = own?.ResponseTime is { } t ? GraphTime.Utc(t.UtcDateTime) : "0001-01-01T00:00:00Z",
        };
    }
}
