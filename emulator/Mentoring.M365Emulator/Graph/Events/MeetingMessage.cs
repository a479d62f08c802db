namespace Mentoring.M365Emulator.Graph.Events;

/// <summary>A meeting message Exchange put in an attendee's inbox (Graph's eventMessageRequest / eventMessage).</summary>
/// <param name="RequestType">newMeetingRequest, fullUpdate (Graph's meetingRequestType) or meetingCancelled.</param>
/// <param name="EventId">The attendee's own item: their copy's id, or their occurrence id when one session changed.</param>
/// <param name="ICalUId">The meeting's iCalUId, the same in every mailbox.</param>
/// <param name="OriginalStartUtc">The occurrence's original start when the message is about one session; null for the series.</param>
/// <param name="Changed">The event properties the organizer's change touched (body, start, end, recurrence, attendees, ...).</param>
/// <param name="Attachments">Names of the attachments the message carried.</param>
public sealed record MeetingMessage(
    string RequestType, string EventId, string ICalUId, DateTime? OriginalStartUtc, IReadOnlyList<string> Changed,
    IReadOnlyList<string> Attachments, DateTimeOffset Sent)
{
    public bool IsUpdate => RequestType == "fullUpdate";
}
