using Mentoring.Core.Delivery;

namespace Mentoring.Core.Attendance;

/// <summary>
/// Use case of the dispatch timer: the sessions whose attendance reading failed when their follow-ups went out are read again,
/// with a growing delay (<see cref="AttendanceRetry"/>), so progress and the coordinator's counts do not depend on a member
/// asking for it.
/// </summary>
/// <remarks>
/// Only the watched sessions (<see cref="IDispatchedSessions"/>, the last two days) are listed, and only those with a retry due
/// cost a reading. A reading that ends (recorded, no report, a meeting Graph does not know, a session gone) clears the retry;
/// a recorded session asks Graph nothing again (<see cref="RecordAttendance"/> keeps the first record), so two timers at once
/// duplicate nothing.
/// </remarks>
public sealed class RereadAttendance(IDispatchedSessions dispatched, RecordAttendance attendance, TimeProvider time)
{
    /// <summary>Readings that ended (recorded or concluded), that failed again (retried later), and given up.</summary>
    public async Task<(int Ended, int Failed, int GivenUp)> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var due = new List<DispatchedSession>();
        await foreach (var watched in dispatched.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (watched.Attendance is { } retry && retry.NextReadAt <= now)
            {
                due.Add(watched);
            }
        }

        var (ended, failed, givenUp) = (0, 0, 0);
        foreach (var watched in due)
        {
            var session = watched.Session;
            var reading = await attendance.ForEndedSessionAsync(session.Tenant, session.Circle, session.SessionId, cancellationToken).ConfigureAwait(false);
            var next = IsUnavailable(reading) ? watched.Attendance!.Next(time.GetUtcNow()) : null;
            await dispatched.SetAttendanceRetryAsync(session, next, cancellationToken).ConfigureAwait(false);
            (ended, failed, givenUp) = !IsUnavailable(reading) ? (ended + 1, failed, givenUp) : next is null ? (ended, failed, givenUp + 1) : (ended, failed + 1, givenUp);
        }

        return (ended, failed, givenUp);
    }

    internal static bool IsUnavailable<T>(Common.Result<T> reading) => reading.Errors.Any(e => e.Code == "attendance.unavailable");
}
