using System.Text.Json.Nodes;
using Mentoring.M365Emulator.Graph.Meetings;
using Mentoring.M365Emulator.Recurrence;

namespace Mentoring.M365Emulator.Graph.Events;

/// <summary>An event in the organizer's calendar; attendees see the same object (see CalendarStore).</summary>
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

    public bool IsVisibleTo(Guid mailbox) => Organizer.Id == mailbox || Attendees.Contains(mailbox);
}
