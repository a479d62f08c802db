using Mentoring.Core.Attendance;
using Mentoring.Core.Circles;

namespace Mentoring.Functions.Attendance;

/// <summary>A session's attendance as members read it: where it comes from, and each member who joined with their minutes.</summary>
/// <param name="Source">"teams" (Teams' report) or "noReport" (the meeting was not started in Teams: self-reported only).</param>
/// <param name="Others">People who joined and are not members: a count.</param>
public sealed record AttendanceResponse(string SessionId, string Source, IReadOnlyList<AttendedMemberResponse> Attended, int Others, DateTimeOffset ReadAt)
{
    public static AttendanceResponse From(SessionAttendance a) => new(
        a.SessionId,
        a.Source == AttendanceSource.Teams ? "teams" : "noReport",
        [.. a.Attended.Select(p => new AttendedMemberResponse(p.Person.ToString(), (p.Seconds + 30) / 60))],
        a.Others,
        a.ReadAt);
}

public sealed record AttendedMemberResponse(string PersonId, int Minutes);
