using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Attendance;

/// <summary>Who of a circle's members attended a session's Teams meeting and how long; one per session, keyed by it.</summary>
/// <param name="ReadFor">The organizer, whose meeting's report it is (the row's author).</param>
/// <param name="Attended">Members who joined, with their total seconds; a member not listed did not join (when from Teams).</param>
/// <param name="Others">How many people who are not members joined (guests, former members): a count, nothing about them kept.</param>
/// <remarks>
/// Invariants: only members of the circle are named; a member's follow-up answer may say otherwise and is what the member
/// said (the card pre-fills "attended" from this, the person corrects it). Recorded once per session: a second reading of
/// the same session (a redelivered queue message) keeps the first.
/// </remarks>
public sealed record SessionAttendance(
    string SessionId, PersonId ReadFor, AttendanceSource Source, IReadOnlyList<AttendedPerson> Attended, int Others, DateTimeOffset ReadAt) : ICircleEntry
{
    /// <summary>A session's meeting belongs to it when it started from an hour before the session to its end (people join early).</summary>
    public static readonly TimeSpan EarlyJoin = TimeSpan.FromHours(1);

    public string Key => SessionId;

    /// <summary>True or false from Teams' report; null when there is none (self-reported only).</summary>
    public bool? HasAttended(PersonId member) => Source == AttendanceSource.Teams ? Attended.Any(a => a.Person == member) : null;

    public int SecondsOf(PersonId member) => Attended.Where(a => a.Person == member).Sum(a => a.Seconds);

    /// <summary>The attendance of <paramref name="session"/> from the reports whose meeting started in its window (merged by person).</summary>
    public static SessionAttendance From(Circle circle, Session session, AttendanceReading reading, DateTimeOffset now)
    {
        var organizer = circle.Schedule!.Organizer;
        var reports = reading.Reports.Where(r => r.Start >= session.Start - EarlyJoin && r.Start < session.End).ToArray();
        if (reports.Length == 0)
        {
            return new SessionAttendance(session.Id, organizer, AttendanceSource.NoReport, [], 0, now);
        }

        var people = reports.SelectMany(r => r.People).GroupBy(p => p.Person).Select(g => new AttendedPerson(g.Key, g.Sum(p => p.Seconds))).ToArray();
        var members = people.Where(p => circle.HasMember(p.Person)).OrderBy(p => p.Person.Value).ToArray();
        return new SessionAttendance(session.Id, organizer, AttendanceSource.Teams, members, people.Length - members.Length + reports.Sum(r => r.Guests), now);
    }
}
