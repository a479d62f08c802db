namespace Mentoring.Core.Attendance;

/// <summary>What Graph answered about a series' Teams meeting: its reports, none, a meeting it does not know, or a fault.</summary>
public enum AttendanceReadingKind
{
    /// <summary>The meeting has at least one report (each ended session of it has one).</summary>
    Reports,

    /// <summary>The meeting exists but has no report: it was never started in Teams.</summary>
    NoReport,

    /// <summary>Graph does not know a meeting with the series' join URL (or the series has none).</summary>
    UnknownMeeting,

    /// <summary>Graph still failed (429, 5xx) after the client's retries: try again later; nothing is concluded.</summary>
    Unavailable,
}

/// <summary>Graph's answer about a meeting's attendance, with the reports when there are some.</summary>
public sealed record AttendanceReading(AttendanceReadingKind Kind, IReadOnlyList<TeamsAttendanceReport> Reports)
{
    public static AttendanceReading Of(AttendanceReadingKind kind) => new(kind, []);
}
