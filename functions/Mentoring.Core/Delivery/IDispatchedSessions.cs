namespace Mentoring.Core.Delivery;

/// <summary>The sessions whose cards went out recently, kept until their cards are settled, so the sweep reads only those.</summary>
/// <remarks>A short list (sessions of the last <see cref="DeliverySettings.MaxLateness"/> at most), not an index of every session.</remarks>
public interface IDispatchedSessions
{
    /// <summary>Starts watching a session; adding it again (two timers) just moves its time.</summary>
    Task AddAsync(DueSession session, DateTimeOffset dispatchedAt, CancellationToken cancellationToken = default);

    IAsyncEnumerable<DispatchedSession> ListAsync(CancellationToken cancellationToken = default);

    Task RemoveAsync(DueSession session, CancellationToken cancellationToken = default);

    /// <summary>
    /// Notes that the session's attendance is to be read again (<paramref name="retry"/>), or no longer (<c>null</c>); watches the
    /// session if it was not (a fan-out redelivered after the sweep forgot it).
    /// </summary>
    Task SetAttendanceRetryAsync(DueSession session, Attendance.AttendanceRetry? retry, CancellationToken cancellationToken = default);
}
