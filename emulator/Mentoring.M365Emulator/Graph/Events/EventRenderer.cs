using System.Text.Json.Nodes;
using Mentoring.M365Emulator.Time;

namespace Mentoring.M365Emulator.Graph.Events;

/// <summary>Turns a stored event, or one of its instances, into Graph's event JSON in the caller's preferred zone.</summary>
internal static class EventRenderer
{
    public static JsonObject Render(StoredEvent stored, string zone, Occurrence? occurrence = null)
    {
        var json = (JsonObject)stored.Json.DeepClone();
        var startUtc = GraphTime.ReadUtc(stored.Json["start"]) ?? DateTime.MinValue;
        var endUtc = GraphTime.ReadUtc(stored.Json["end"]) ?? startUtc;
        if (occurrence is not null)
        {
            foreach (var (name, value) in occurrence.Exception ?? [])
                json[name] = value?.DeepClone();
            json["id"] = EventIds.Occurrence(stored.Id, occurrence.OriginalStartUtc);
            json["seriesMasterId"] = stored.Id;
            json["type"] = occurrence.IsException ? "exception" : "occurrence";
            json["recurrence"] = null;
            json["originalStart"] = GraphTime.Utc(occurrence.OriginalStartUtc);
            (startUtc, endUtc) = (occurrence.StartUtc, occurrence.EndUtc);
        }

        json["start"] = GraphTime.Write(startUtc, zone);
        json["end"] = GraphTime.Write(endUtc, zone);
        json["hasAttachments"] = stored.AttachmentsOf(occurrence).Count > 0 || (occurrence is not null && stored.Attachments.Count > 0);
        return json;
    }
}
