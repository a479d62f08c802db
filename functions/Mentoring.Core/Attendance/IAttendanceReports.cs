using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Attendance;

/// <summary>Port: the attendance reports of the Teams meeting behind a series' join URL, read as its organizer's meeting.</summary>
public interface IAttendanceReports
{
    /// <param name="from">Only reports of sessions that started at or after this moment are read in full (their records).</param>
    /// <param name="to">... and before this one.</param>
    Task<AttendanceReading> ReadAsync(
        TenantId tenant, PersonId organizer, string joinUrl, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);
}
