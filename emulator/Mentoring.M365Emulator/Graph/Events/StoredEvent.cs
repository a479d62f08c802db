using System.Text.Json.Nodes;
using Mentoring.M365Emulator.Graph.Meetings;
using Mentoring.M365Emulator.Recurrence;
using Mentoring.M365Emulator.Time;

namespace Mentoring.M365Emulator.Graph.Events;

/// <summary>An event in the organizer's calendar, with each attendee's own copy (<see cref="AttendeeCopy"/>).</summary>
/// <remarks>Json keeps start/end in the zones the client sent; they are converted only when rendered.</remarks>
internal sealed class StoredEvent(string id, DemoUser organizer, JsonObject json)
{
    public string Id { get; } = id;

    public DemoUser Organizer { get; } = organizer;

    public JsonObject Json { get; } = json;

    public string? TransactionId { get; init; }

    /// <summary>The Teams meeting created with the event, served by /onlineMeetings; null when not online.</summary>
    public TeamsMeeting? Meeting { get; init; }

    public GraphRecurrence? Recurrence { get; set; }

    /// <summary>The zone rules this event's times are resolved with (the store's, which a test may change).</summary>
    public ZoneRules Zones { get; set; } = ZoneRules.TzdbOnly;

    public HashSet<Guid> Attendees { get; } = [];

    /// <summary>Changes made to single occurrences, keyed by the occurrence's original start (UTC).</summary>
    public Dictionary<DateTime, JsonObject> Exceptions { get; } = [];

    /// <summary>Original starts (UTC) of cancelled occurrences.</summary>
    public HashSet<DateTime> Cancelled { get; } = [];

    public List<JsonObject> Attachments { get; } = [];

    /// <summary>Attachments added to single occurrences (Exchange keeps them on the instance's exception), by original start (UTC).</summary>
    public Dictionary<DateTime, List<JsonObject>> OccurrenceAttachments { get; } = [];

    /// <summary>The attachments of the series, or of one occurrence.</summary>
    public List<JsonObject> AttachmentsOf(Occurrence? occurrence) => occurrence is null
        ? Attachments
        : OccurrenceAttachments.TryGetValue(occurrence.OriginalStartUtc, out var list) ? list : OccurrenceAttachments[occurrence.OriginalStartUtc] = [];

    /// <summary>Each attendee's own item, made when the meeting first reaches them.</summary>
    public Dictionary<Guid, AttendeeCopy> Copies { get; } = [];

    public bool IsVisibleTo(Guid mailbox) => Organizer.Id == mailbox || Attendees.Contains(mailbox);

    public AttendeeCopy CopyFor(Guid attendee) =>
        Copies.TryGetValue(attendee, out var copy) ? copy : Copies[attendee] = new AttendeeCopy(EventIds.NewMasterId());

    /// <summary>The id <paramref name="mailbox"/> knows this event by: the organizer's, or the attendee's own copy's.</summary>
    public string IdIn(Guid mailbox) => mailbox == Organizer.Id ? Id : CopyFor(mailbox).Id;
}
