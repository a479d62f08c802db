namespace Mentoring.Core.Scheduling;

/// <summary>What a membership change asks of a series' attendees: who must be invited, who must no longer be.</summary>
/// <remarks>
/// It is applied to the attendees just read from the calendar, never to a list remembered earlier: two changes made at the
/// same moment each add or remove their own people, and the event's ETag makes the later writer read again what the
/// earlier one wrote. Anyone else on the event (a guest the organizer invited in Outlook) is kept. Emails compare without case.
/// </remarks>
public sealed record AttendeeChange(IReadOnlyList<Attendee> Present, IReadOnlyList<Attendee> Absent)
{
    /// <summary>The attendees to write, given the addresses the event has now (in their order).</summary>
    /// <returns>The current addresses to keep, the people to add; <see cref="AttendeeEdit.ChangesNothing"/> when the event already agrees.</returns>
    public AttendeeEdit ApplyTo(IReadOnlyList<string> current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var absent = Absent.Select(a => a.Email)
            .Except(Present.Select(p => p.Email), StringComparer.OrdinalIgnoreCase)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var kept = current.Where(email => !absent.Contains(email)).ToArray();
        var added = Present.Where(p => !current.Contains(p.Email, StringComparer.OrdinalIgnoreCase))
            .DistinctBy(p => p.Email, StringComparer.OrdinalIgnoreCase)
            .ToArray();
        return new AttendeeEdit(kept, added, kept.Length == current.Count && added.Length == 0);
    }
}
