using System.Globalization;
using System.Text.Json.Nodes;
using Mentoring.M365Emulator.Time;

namespace Mentoring.M365Emulator.Graph.Events;

/// <summary>Applies a PATCH body to a series or to one occurrence; nothing changes when the result would be invalid.</summary>
internal static class EventUpdater
{
    private static readonly HashSet<string> ReadOnly =
        ["id", "type", "iCalUId", "seriesMasterId", "organizer", "createdDateTime", "webLink", "@odata.etag", "changeKey", "originalStart"];

    public static string UpdateSeries(StoredEvent stored, JsonObject body, DateTimeOffset now)
    {
        var merged = (JsonObject)stored.Json.DeepClone();
        Merge(merged, body);
        var error = EventValidation.Check(merged, out var recurrence);
        if (error.Length > 0)
            return error;

        var reshaped = Reshapes(stored, merged);
        Merge(stored.Json, body);
        stored.Recurrence = recurrence;
        if (reshaped)
            DiscardExceptions(stored);
        stored.Json["type"] = recurrence is null ? "singleInstance" : "seriesMaster";
        EventPreconditions.NewVersion(stored.Json);
        stored.Json["lastModifiedDateTime"] = now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
        if (body.ContainsKey("attendees"))
        {
            stored.Attendees.Clear();
            foreach (var user in EventFactory.AttendeeUsers(stored.Json, stored.Organizer))
                stored.Attendees.Add(user.Id);
        }

        return "";
    }

    /// <summary>Whether the change moves the series' start or end, or changes its recurrence (pattern or range).</summary>
    private static bool Reshapes(StoredEvent stored, JsonObject merged) =>
        !JsonNode.DeepEquals(stored.Json["recurrence"], merged["recurrence"])
        || GraphTime.ReadUtc(stored.Json["start"]) != GraphTime.ReadUtc(merged["start"])
        || GraphTime.ReadUtc(stored.Json["end"]) != GraphTime.ReadUtc(merged["end"]);

    /// <summary>What Exchange does when a series is reshaped: its exceptions are gone, every occurrence follows the master again.</summary>
    /// <remarks>
    /// "If the recurrence pattern has changed, the client ... removes every exception from the PidLidAppointmentRecur property
    /// and every Exception Attachment object" (MS-OXOCAL 3.1.4.7.3.5 Updating a Recurring Series,
    /// https://learn.microsoft.com/openspecs/exchange_server_protocols/ms-oxocal/4b92fb85-db55-4251-8e81-e319361218e1); Outlook
    /// warns "Any exceptions associated with this recurring appointment will be lost" for a change of time or end date too.
    /// Stricter than keeping some: moved, cancelled and per-occurrence bodies and attachments all go, whatever changed.
    /// </remarks>
    private static void DiscardExceptions(StoredEvent stored)
    {
        stored.Exceptions.Clear();
        stored.Cancelled.Clear();
        stored.OccurrenceAttachments.Clear();
    }

    /// <summary>Records the change as an exception of the series (a moved or edited instance).</summary>
    public static string UpdateOccurrence(StoredEvent stored, Occurrence occurrence, JsonObject body)
    {
        if (body.ContainsKey("recurrence"))
            return "An occurrence cannot have its own recurrence.";
        var exception = (JsonObject?)stored.Exceptions.GetValueOrDefault(occurrence.OriginalStartUtc)?.DeepClone() ?? [];
        Merge(exception, body);

        // A moved instance keeps its length when only the start is sent.
        var start = GraphTime.ReadUtc(exception["start"]) ?? occurrence.StartUtc;
        if (exception["start"] is not null && GraphTime.ReadUtc(exception["start"]) is null)
            return "The occurrence's start has an unknown time zone.";
        var end = GraphTime.ReadUtc(exception["end"]) ?? start + (occurrence.EndUtc - occurrence.StartUtc);
        if (end < start)
            return "The event's end is before its start.";
        exception["start"] = GraphTime.Write(start, "UTC");
        exception["end"] = GraphTime.Write(end, "UTC");
        EventPreconditions.NewVersion(exception);
        stored.Exceptions[occurrence.OriginalStartUtc] = exception;
        return "";
    }

    private static void Merge(JsonObject target, JsonObject patch)
    {
        foreach (var (name, value) in patch)
        {
            if (!ReadOnly.Contains(name))
                target[name] = value?.DeepClone();
        }
    }
}
