using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Scheduling.Adoption;

/// <summary>Whether an appointment can become a circle's series, and the cadence it then has.</summary>
/// <remarks>
/// The appointment must be its organizer's own recurring, timed item; its attendees must be exactly the circle's other
/// members (the organizer is one of them), so the calendar's invitees and the circle never disagree; and its first session
/// may not be past. The cadence is read from the appointment: the circle then follows what Outlook already holds, and the
/// timer's drift repair has nothing to undo.
/// </remarks>
public static class AppointmentCheck
{
    /// <param name="organizer">The caller, who must be the appointment's organizer.</param>
    /// <param name="others">The circle's other members, as the directory knows them (with their email addresses).</param>
    /// <returns>The cadence, or errors; <see cref="NotMembers"/> lists the attendees to tell apart (not members, or outside the tenant).</returns>
    public static Result<Cadence> Check(Appointment appointment, Circle circle, Person organizer, IReadOnlyList<Person> others, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(organizer);
        ArgumentNullException.ThrowIfNull(others);
        if (!SameAddress(appointment.OrganizerEmail, organizer.Email))
        {
            return Error.Invalid("itemId", "adopt.notOrganizer");
        }

        var v = new Validation();
        if (appointment.IsAllDay)
        {
            v.Add(Error.Invalid("itemId", "adopt.allDay"));
        }

        if (!appointment.IsRecurring)
        {
            v.Add(Error.Invalid("itemId", "adopt.notRecurring"));
        }
        else if (appointment.Recurrence is null && !appointment.IsAllDay)
        {
            v.Add(Error.Invalid("itemId", "adopt.recurrence.unsupported"));
        }

        var attendees = Attendees(appointment, organizer);
        if (SizeError(circle.Kind, attendees.Count) is { } size)
        {
            v.Add(size);
        }
        else if (NotMembers(attendees, others).FirstOrDefault() is { } stranger)
        {
            v.Add(Error.Invalid("attendees", "adopt.attendee.notMember", new Dictionary<string, object> { ["email"] = stranger }));
        }
        else if (others.Count != attendees.Count)
        {
            v.Add(Error.Invalid("attendees", "adopt.attendees.missingMember"));
        }

        if (v.HasErrors)
        {
            return Result<Cadence>.Failure(v.Errors);
        }

        return Cadence.Create(appointment.Recurrence!, circle.Kind, now, null, "recurrence");
    }

    /// <summary>The attendees, once each, the organizer left out (Outlook may list them among their own attendees).</summary>
    public static IReadOnlyList<string> Attendees(Appointment appointment, Person organizer)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        ArgumentNullException.ThrowIfNull(organizer);
        return [.. appointment.AttendeeEmails.Select(a => a.Trim()).Where(a => !SameAddress(a, organizer.Email)).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The attendees who are not among <paramref name="others"/>.</summary>
    public static IEnumerable<string> NotMembers(IReadOnlyList<string> attendees, IReadOnlyList<Person> others) =>
        attendees.Where(a => !others.Any(p => SameAddress(p.Email, a)));

    /// <summary>No attendee; or more or fewer than the kind allows (a mentorship invites one person, a peer group two to four).</summary>
    private static Error? SizeError(CircleKind kind, int attendees)
    {
        if (attendees == 0)
        {
            return Error.Invalid("attendees", "adopt.attendees.none");
        }

        var (min, max) = kind == CircleKind.Mentorship ? (1, 1) : (Membership.MinPeers - 1, Membership.MaxPeers - 1);
        return attendees < min || attendees > max
            ? Error.Invalid("attendees", "adopt.attendees.count", new Dictionary<string, object> { ["min"] = min, ["max"] = max, ["actual"] = attendees })
            : null;
    }

    private static bool SameAddress(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
