using System.Security.Cryptography;
using System.Text;
using Mentoring.M365Emulator.TeamsClient;

namespace Mentoring.M365Emulator.Graph.Meetings;

/// <summary>A meeting's attendance reports, built from who joined and left it in the emulator's Teams client.</summary>
/// <remarks>
/// learn.microsoft.com/graph/api/meetingattendancereport-list: "Each time an online meeting ends, an attendance report is
/// generated for that session", and the list returns "up to 50 of the most recent reports". A session of the meeting starts when
/// someone joins an empty meeting and ends when the last person leaves; while anyone is still in, that session has no report
/// yet (learn.microsoft.com/graph/cloud-communications-online-meeting-artifacts: "Only available when the meeting ends").
/// The report id is derived from the meeting and the session's start, so reading twice gives the same id.
/// </remarks>
internal static class AttendanceReports
{
    public const int MaxListed = 50;

    public static IReadOnlyList<AttendanceReport> Of(MeetingAttendance attendance, DemoUser organizer)
    {
        var reports = new List<AttendanceReport>();
        var session = new List<MeetingInterval>();
        DateTimeOffset? endOfSession = null;
        foreach (var interval in attendance.Intervals.OrderBy(i => i.JoinedAt))
        {
            if (endOfSession is { } end && interval.JoinedAt > end)
            {
                reports.Add(Report(attendance.MeetingId, organizer, session));
                session = [];
            }

            session.Add(interval);
            endOfSession = session.Any(i => i.LeftAt is null) ? DateTimeOffset.MaxValue : session.Max(i => i.LeftAt!.Value);
        }

        // The session still going on (someone in) has no report yet.
        if (session.Count > 0 && session.All(i => i.LeftAt is not null))
        {
            reports.Add(Report(attendance.MeetingId, organizer, session));
        }

        return [.. reports.OrderByDescending(r => r.Start).Take(MaxListed)];
    }

    private static AttendanceReport Report(string meetingId, DemoUser organizer, List<MeetingInterval> session)
    {
        var start = session.Min(i => i.JoinedAt);
        var end = session.Max(i => i.LeftAt!.Value);
        var records = session.GroupBy(i => i.PersonId)
            .Select(g => new AttendanceRecord(
                DemoDirectory.Find(g.Key.ToString())!,
                g.Key == organizer.Id ? "Organizer" : "Presenter",
                [.. g.OrderBy(i => i.JoinedAt).Select(i => (i.JoinedAt, i.LeftAt!.Value))]))
            .ToArray();
        return new AttendanceReport(IdOf(meetingId, start), start, end, records);
    }

    private static string IdOf(string meetingId, DateTimeOffset start)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{meetingId}|{start.UtcTicks}"));
        return new Guid(hash.AsSpan(0, 16)).ToString();
    }
}

/// <summary>One session of a meeting: from the first join to the last leave, and one record per person.</summary>
internal sealed record AttendanceReport(string Id, DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<AttendanceRecord> Records);

/// <summary>
/// One person's attendance in a session. Role: "Organizer" for the organizer; the others "Presenter", since the emulator's
/// meetings allow everyone to present (<c>allowedPresenters: everyone</c>); the values Graph documents are None, Attendee,
/// Presenter and Organizer (learn.microsoft.com/graph/api/resources/attendancerecord).
/// </summary>
internal sealed record AttendanceRecord(DemoUser Person, string Role, IReadOnlyList<(DateTimeOffset Join, DateTimeOffset Leave)> Intervals)
{
    public int TotalSeconds => Intervals.Sum(i => Seconds(i.Join, i.Leave));

    public static int Seconds(DateTimeOffset join, DateTimeOffset leave) => (int)Math.Round((leave - join).TotalSeconds);
}
