using Mentoring.Core.Attendance;
using Mentoring.Core.Circles;
using Mentoring.Core.FollowUps;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Ending;

/// <summary>Issue 23.6's inactivity rule, pure, on the given clock: a circle with no session held for three times its cadence is
/// flagged to its members with a choice (restart, pause, close); unanswered for 14 days it closes, warned 7 days before.</summary>
/// <remarks>
/// <para>A session counts as held when at least two members were there: read from what the product already records, Teams'
/// attendance report (<see cref="SessionAttendance"/>) and the members' follow-up answers ("attended"), merged per session;
/// one person alone in a meeting is not a session held.</para>
/// <para>The three cadences count from the last session held, or from the circle's creation, or from the last answer to a
/// flag, whichever is latest: a circle that chose to restart gets three cadences again.</para>
/// </remarks>
public static class Inactivity
{
    public const int Cadences = 3;

    public static readonly TimeSpan AnswerWithin = TimeSpan.FromDays(14);

    public static readonly TimeSpan WarnBefore = TimeSpan.FromDays(7);

    /// <summary>When a circle counting from <paramref name="since"/> becomes inactive: three periods of its pattern later
    /// (calendar months for a monthly cadence, so "three months" is three months whatever their lengths).</summary>
    public static DateTimeOffset InactiveAt(Cadence cadence, DateTimeOffset since)
    {
        ArgumentNullException.ThrowIfNull(cadence);
        return cadence.Pattern switch
        {
            WeeklyPattern w => since.AddDays(7 * w.Interval * Cadences),
            _ => since.AddMonths(cadence.Pattern.Interval * Cadences),
        };
    }

    /// <summary>The start of the last session held by <paramref name="now"/> (see the remarks), or null when none was.</summary>
    public static DateTimeOffset? LastHeld(
        IEnumerable<Session> sessions, IEnumerable<SessionAttendance> attendance, IEnumerable<FollowUp> followUps, DateTimeOffset now)
    {
        var present = attendance.Where(a => a.Source == AttendanceSource.Teams).SelectMany(a => a.Attended.Select(p => (a.SessionId, p.Person)))
            .Concat(followUps.Where(f => f.Attended).Select(f => (f.SessionId, Person: f.Member)))
            .Distinct().GroupBy(p => p.SessionId).Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet();
        return sessions.Where(s => s.State != SessionState.Cancelled && s.End <= now && present.Contains(s.Id))
            .Select(s => (DateTimeOffset?)s.Start).Max();
    }

    /// <summary>What to do now for <paramref name="circle"/>, given its last session held and its current flag.</summary>
    public static InactivityStep Next(Circle circle, DateTimeOffset? lastHeld, InactivityFlag? flag, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(circle);
        if (circle.Status != CircleStatus.Active)
        {
            return InactivityStep.None;
        }

        if (flag is { Choice: InactivityChoice.Close })
        {
            return InactivityStep.Close; // chosen (or decided) and written, but the circle is still active: finish closing it
        }

        if (flag is { IsOpen: true })
        {
            return lastHeld > flag.RaisedAt ? InactivityStep.Resolve
                : now >= flag.ClosesAt ? InactivityStep.Close
                : now >= flag.ClosesAt - WarnBefore && flag.WarnedAt is null ? InactivityStep.Warn
                : InactivityStep.None;
        }

        var since = Latest(circle.CreatedAt, lastHeld, flag?.ResolvedAt);
        return now >= InactiveAt(circle.Cadence, since) ? InactivityStep.Raise : InactivityStep.None;
    }

    private static DateTimeOffset Latest(DateTimeOffset first, params DateTimeOffset?[] others) =>
        others.Aggregate(first, (latest, d) => d is { } v && v > latest ? v : latest);
}
