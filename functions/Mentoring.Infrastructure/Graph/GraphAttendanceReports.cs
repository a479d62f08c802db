using Mentoring.Core.Attendance;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Microsoft.Extensions.Logging;
using Microsoft.Graph.Models;

namespace Mentoring.Infrastructure.Graph;

/// <summary>Reads a series' Teams attendance reports through Graph, as the organizer's meeting (the only one Graph lets read them).</summary>
/// <remarks>
/// Requests per session: the meeting by its join URL (<c>GET /users/{organizer}/onlineMeetings?$filter=JoinWebUrl eq '…'</c>,
/// learn.microsoft.com/graph/api/onlinemeeting-get), its reports (<c>…/onlineMeetings/{id}/attendanceReports</c>, at most the 50
/// most recent, learn.microsoft.com/graph/api/meetingattendancereport-list), then each report of the session's window with its
/// records (<c>…/attendanceReports/{reportId}?$expand=attendanceRecords</c>, meetingattendancereport-get): 3 for a session held
/// once in Teams, 2 when it was not. Needs OnlineMeetings.Read.All, OnlineMeetingArtifact.Read.All and a Teams application access
/// policy granted to the organizer (learn.microsoft.com/graph/cloud-communication-online-meeting-application-access-policy).
/// A list answered 404 or empty means no report. 429/503 are retried by the client's handler (Retry-After); what still fails,
/// and a 403 (a grant or the policy missing), is Unavailable: the product concludes nothing and keeps the self-reported answer.
/// </remarks>
internal sealed class GraphAttendanceReports(GraphClients clients, ILogger<GraphAttendanceReports> logger) : IAttendanceReports
{
    public async Task<AttendanceReading> ReadAsync(
        TenantId tenant, PersonId organizer, string joinUrl, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var user = clients.For(tenant).Users[organizer.ToString()];
        var filter = $"JoinWebUrl eq '{joinUrl.Replace("'", "''", StringComparison.Ordinal)}'";
        var meetings = await clients.RunAsync(() => user.OnlineMeetings.GetAsync(r => r.QueryParameters.Filter = filter, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (!meetings.IsSuccess)
        {
            return Failed(tenant, meetings.Errors, AttendanceReadingKind.UnknownMeeting);
        }

        if (meetings.Value?.Value?.FirstOrDefault()?.Id is not { } meetingId)
        {
            return AttendanceReading.Of(AttendanceReadingKind.UnknownMeeting);
        }

        var meeting = user.OnlineMeetings[meetingId];
        var listed = await clients.RunAsync(() => meeting.AttendanceReports.GetAsync(cancellationToken: cancellationToken), cancellationToken).ConfigureAwait(false);
        if (!listed.IsSuccess)
        {
            return Failed(tenant, listed.Errors, AttendanceReadingKind.NoReport);
        }

        var inWindow = (listed.Value?.Value ?? []).Where(r => r.MeetingStartDateTime >= from && r.MeetingStartDateTime < to && r.Id is not null).ToArray();
        var reports = new List<TeamsAttendanceReport>();
        foreach (var report in inWindow)
        {
            var full = await clients.RunAsync(
                () => meeting.AttendanceReports[report.Id].GetAsync(r => r.QueryParameters.Expand = ["attendanceRecords"], cancellationToken), cancellationToken).ConfigureAwait(false);
            if (!full.IsSuccess || full.Value is null)
            {
                return Failed(tenant, full.Errors, AttendanceReadingKind.Unavailable);
            }

            reports.Add(ToReport(full.Value));
        }

        return reports.Count == 0 ? AttendanceReading.Of(AttendanceReadingKind.NoReport) : new AttendanceReading(AttendanceReadingKind.Reports, reports);
    }

    private static TeamsAttendanceReport ToReport(MeetingAttendanceReport report)
    {
        var records = report.AttendanceRecords ?? [];
        var people = records
            .Where(r => Guid.TryParse(r.Identity?.Id, out _))
            .Select(r => new AttendedPerson(new PersonId(Guid.Parse(r.Identity!.Id!)), r.TotalAttendanceInSeconds ?? 0))
            .ToArray();
        return new TeamsAttendanceReport(report.MeetingStartDateTime!.Value, report.MeetingEndDateTime ?? report.MeetingStartDateTime.Value, people, records.Count - people.Length);
    }

    /// <summary>A 404 means <paramref name="onNotFound"/>; anything else could not be read now.</summary>
    private AttendanceReading Failed(TenantId tenant, IReadOnlyList<Mentoring.Core.Common.Error> errors, AttendanceReadingKind onNotFound)
    {
        if (errors.Any(e => e.Kind == ErrorKind.NotFound))
        {
            return AttendanceReading.Of(onNotFound);
        }

        if (errors.Any(e => e.Code == GraphCall.PermissionMissingCode))
        {
            logger.LogWarning(
                "Graph refused the attendance reports in tenant {Tenant}: grant OnlineMeetingArtifact.Read.All and a Teams application access policy.", tenant);
        }

        return AttendanceReading.Of(AttendanceReadingKind.Unavailable);
    }
}
