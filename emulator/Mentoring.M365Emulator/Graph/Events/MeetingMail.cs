namespace Mentoring.M365Emulator.Graph.Events;

/// <summary>The meeting messages Exchange sends when an organizer creates, changes or cancels a meeting. Call under the store's lock.</summary>
/// <remarks>
/// Graph sends them by itself: a PATCH by the organizer of what attendees see (body, subject, location, start, end,
/// recurrence) sends a meeting update (MS-OXOCAL 3.1.4.7.3 "Sending a Meeting Update": a significant change goes to every
/// attendee, https://learn.microsoft.com/openspecs/exchange_server_protocols/ms-oxocal/); "an event update that includes
/// only the attendees property in the request body sends a meeting update to only the attendees that have changed"
/// (https://learn.microsoft.com/graph/api/event-update, "attendees property and meeting updates"). A message carries the
/// attachments the item has when it is sent: an attachment added later reaches attendees only with the next update
/// ("if an organizer adds an attachment to a meeting event, the organizer can subsequently update the event to send the
/// attachment and update the event for each attendee as well": https://learn.microsoft.com/graph/api/event-post-attachments).
/// Each copy keeps the ids it was sent, so <see cref="AttendeeCopy.DeliveredAttachments"/> is what the attendee sees.
/// </remarks>
internal static class MeetingMail
{
    /// <summary>Properties whose change by the organizer sends an update to every attendee.</summary>
    public static readonly string[] Significant = ["body", "subject", "location", "locations", "start", "end", "recurrence", "isAllDay"];

    public static void Invite(CalendarStore store, StoredEvent stored, DateTimeOffset now)
    {
        foreach (var attendee in stored.Attendees)
            Send(store, stored, attendee, "newMeetingRequest", null, ["attendees"], now);
    }

    /// <summary>After an organizer's PATCH: an update to everyone for a significant change, else only to who was added or removed.</summary>
    public static void Updated(CalendarStore store, StoredEvent stored, Occurrence? occurrence, IReadOnlyCollection<string> changed,
        IReadOnlySet<Guid> attendeesBefore, DateTimeOffset now)
    {
        var significant = changed.Where(Significant.Contains).ToArray();
        foreach (var removed in attendeesBefore.Where(a => !stored.Attendees.Contains(a)))
            Send(store, stored, removed, "meetingCancelled", occurrence, ["attendees"], now);
        foreach (var attendee in stored.Attendees)
        {
            if (!attendeesBefore.Contains(attendee))
                Send(store, stored, attendee, "newMeetingRequest", occurrence, ["attendees"], now);
            else if (significant.Length > 0)
                Send(store, stored, attendee, "fullUpdate", occurrence, [.. changed], now);
        }
    }

    public static void Cancelled(CalendarStore store, StoredEvent stored, Occurrence? occurrence, DateTimeOffset now)
    {
        foreach (var attendee in stored.Attendees)
            Send(store, stored, attendee, "meetingCancelled", occurrence, [], now);
    }

    private static void Send(CalendarStore store, StoredEvent stored, Guid attendee, string type, Occurrence? occurrence,
        IReadOnlyList<string> changed, DateTimeOffset now)
    {
        var copy = stored.CopyFor(attendee);
        var attachments = stored.AttachmentsOf(occurrence).Concat(occurrence is null ? [] : stored.Attachments).ToList();
        if (occurrence is null)
            attachments.AddRange(stored.OccurrenceAttachments.Values.SelectMany(list => list));
        foreach (var id in attachments.Select(a => a["id"]?.GetValue<string>()).OfType<string>())
            copy.DeliveredAttachments.Add(id);
        var eventId = occurrence is null ? copy.Id : EventIds.Occurrence(copy.Id, occurrence.OriginalStartUtc);
        var names = attachments.Select(a => a["name"]?.GetValue<string>() ?? "").ToArray();
        var iCalUId = stored.Json["iCalUId"]?.GetValue<string>() ?? "";
        store.Mail.Deliver(attendee, new MeetingMessage(type, eventId, iCalUId, occurrence?.OriginalStartUtc, changed, names, now));
    }
}
