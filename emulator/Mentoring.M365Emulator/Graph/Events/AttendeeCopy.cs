namespace Mentoring.M365Emulator.Graph.Events;

/// <summary>One attendee's own copy of a meeting: its item id in their mailbox, their response, what updates brought them.</summary>
/// <remarks>
/// Exchange puts a separate item in each attendee's calendar when the organizer sends the meeting: its own <c>id</c>, the
/// organizer's <c>iCalUId</c> ("a unique identifier for an event across calendars. This ID is different for each occurrence
/// in a recurring series": https://learn.microsoft.com/graph/api/resources/event). The attendee's response is theirs
/// (<c>responseStatus</c>), and the organizer reads it in <c>attendees[].status</c>
/// (https://learn.microsoft.com/graph/api/resources/attendee, property status: "The attendee's response (none, accepted,
/// declined, etc.) for the event and date-time that the response was sent").
/// </remarks>
internal sealed class AttendeeCopy(string id)
{
    public string Id { get; } = id;

    /// <summary>none, accepted, tentativelyAccepted or declined (Graph's responseType values an attendee can give).</summary>
    public string Response { get; set; } = "none";

    public DateTimeOffset? ResponseTime { get; set; }

    /// <summary>Attachment ids that reached this attendee: those present when the last request or update was sent.</summary>
    public HashSet<string> DeliveredAttachments { get; } = new(StringComparer.Ordinal);
}
