namespace Mentoring.Core.Scheduling.Adoption;

/// <summary>An appointment read from its organizer's calendar, as the adoption of a series made in Outlook needs it.</summary>
/// <param name="OrganizerEmail">Whose calendar item this is: adopting someone else's item (an attendee's copy) is refused.</param>
/// <param name="IsDraft">Saved but not sent yet: the attendees are not invited and Teams has not added its meeting.</param>
/// <param name="Recurrence">The recurrence as a cadence draft (pattern, first date, local start, length, IANA zone, range); null for a single appointment or a recurrence a cadence cannot express (daily, yearly).</param>
/// <param name="IsRecurring">Whether the item is a series master, even one whose recurrence <paramref name="Recurrence"/> cannot express.</param>
/// <param name="Series">The master's ids and, once Teams added it, its join URL and chat thread.</param>
public sealed record Appointment(
    string OrganizerEmail,
    bool IsDraft,
    bool IsAllDay,
    bool IsRecurring,
    IReadOnlyList<string> AttendeeEmails,
    CadenceDraft? Recurrence,
    MeetingSeries Series);
