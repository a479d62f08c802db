namespace Mentoring.Core.Attendance;

/// <summary>
/// A session whose attendance reading failed (Graph still answered 429 or 5xx after the client's retries): how many readings
/// were made and when the dispatch timer reads it again.
/// </summary>
/// <remarks>
/// The delay doubles from <see cref="FirstDelay"/>, and the reading stops after <see cref="MaxReads"/> (15 min, 30 min, 1 h,
/// 2 h, 4 h after the first: about 8 hours in all, well inside the two days a dispatched session is watched). A tenant whose
/// Graph keeps failing costs six readings per session, never one an hour forever; the members' own « relire » still works.
/// </remarks>
public sealed record AttendanceRetry(int Reads, DateTimeOffset NextReadAt)
{
    public static readonly TimeSpan FirstDelay = TimeSpan.FromMinutes(15);

    public const int MaxReads = 6;

    /// <summary>After the first reading failed at <paramref name="now"/>.</summary>
    public static AttendanceRetry First(DateTimeOffset now) => new(1, now + FirstDelay);

    /// <summary>After one more failed reading at <paramref name="now"/>; <c>null</c> once <see cref="MaxReads"/> were made.</summary>
    public AttendanceRetry? Next(DateTimeOffset now) =>
        Reads + 1 >= MaxReads ? null : new(Reads + 1, now + FirstDelay * Math.Pow(2, Reads));
}
