namespace Mentoring.Core.Attendance;

/// <summary>Where a session's attendance comes from.</summary>
public enum AttendanceSource
{
    /// <summary>Teams' attendance report of the organizer's meeting.</summary>
    Teams,

    /// <summary>Teams has no report (the meeting was not started in Teams): only what each member says in their follow-up.</summary>
    NoReport,
}
