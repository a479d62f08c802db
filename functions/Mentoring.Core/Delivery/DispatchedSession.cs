namespace Mentoring.Core.Delivery;

/// <summary>A session whose cards were sent to the queues at <paramref name="DispatchedAt"/>, watched by <see cref="SweepStrandedCards"/>.</summary>
/// <param name="Attendance">Its attendance reading failed and is to be made again (<see cref="Attendance.RereadAttendance"/>); <c>null</c> otherwise.</param>
public sealed record DispatchedSession(DueSession Session, DateTimeOffset DispatchedAt, Attendance.AttendanceRetry? Attendance = null);
