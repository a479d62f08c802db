using System.Text.Json.Nodes;
using Mentoring.M365Emulator.Graph.Events;
using Mentoring.M365Emulator.TeamsClient;
using Mentoring.M365Emulator.Time;

namespace Mentoring.M365Emulator.Graph.Meetings;

/// <summary>
/// <c>GET /v1.0/users/{id}/onlineMeetings/{meetingId}/attendanceReports</c>, <c>…/attendanceReports/{reportId}</c> (with
/// <c>$expand=attendanceRecords</c>) and <c>…/attendanceReports/{reportId}/attendanceRecords</c>, from the Teams client's roster.
/// </summary>
/// <remarks>
/// learn.microsoft.com/graph/api/meetingattendancereport-list, -get and attendancerecord-list: OnlineMeetingArtifact.Read.All
/// (checked by the pipeline, <see cref="Pipeline.GraphPermissionRules"/>), and with an application token an application access
/// policy granted to the user in the path (learn.microsoft.com/graph/cloud-communication-online-meeting-application-access-policy).
/// learn.microsoft.com/graph/cloud-communications-online-meeting-artifacts: "Only the meeting organizer can access" the report,
/// so a path naming an attendee answers 403. Where the docs say nothing: a meeting id Graph does not know answers 404, and so
/// does a meeting never started (no report yet): the strict reading, so a client must handle both 404 and an empty list.
/// </remarks>
internal static class AttendanceReportEndpoints
{
    private const string Base = "/v1.0/users/{userId}/onlineMeetings/{meetingId}/attendanceReports";

    public static void MapAttendanceReports(this IEndpointRouteBuilder app, CalendarStore store, EmulatorPermissions permissions, MeetingRoster roster)
    {
        app.MapGet(Base, (string userId, string meetingId, HttpRequest request) =>
            WithReports(store, permissions, roster, userId, meetingId, (user, reports) =>
                reports.Count == 0
                    ? GraphErrors.Result(StatusCodes.Status404NotFound, "NotFound", "No attendance report found for this meeting.")
                    : GraphRequest.Json(new JsonObject
                    {
                        ["@odata.context"] = GraphRequest.Context(request, $"users('{user.Id}')/onlineMeetings('{meetingId}')/attendanceReports"),
                        ["value"] = new JsonArray([.. reports.Select(r => (JsonNode)Report(r, withRecords: false))]),
                    })));

        app.MapGet(Base + "/{reportId}", (string userId, string meetingId, string reportId, HttpRequest request) =>
            WithReports(store, permissions, roster, userId, meetingId, (_, reports) =>
            {
                if (reports.FirstOrDefault(r => r.Id == reportId) is not { } report)
                    return GraphErrors.Result(StatusCodes.Status404NotFound, "NotFound", "The attendance report was not found.");
                var expand = request.Query["$expand"].ToString();
                if (expand.Length > 0 && !string.Equals(expand, "attendanceRecords", StringComparison.OrdinalIgnoreCase))
                    return GraphErrors.BadRequest($"Could not find a property named '{expand}' on type 'microsoft.graph.meetingAttendanceReport'.");
                return GraphRequest.Json(Report(report, withRecords: expand.Length > 0));
            }));

        app.MapGet(Base + "/{reportId}/attendanceRecords", (string userId, string meetingId, string reportId) =>
            WithReports(store, permissions, roster, userId, meetingId, (_, reports) =>
                reports.FirstOrDefault(r => r.Id == reportId) is { } report
                    ? GraphRequest.Json(new JsonObject { ["value"] = Records(report) })
                    : GraphErrors.Result(StatusCodes.Status404NotFound, "NotFound", "The attendance report was not found.")));
    }

    private static IResult WithReports(
        CalendarStore store, EmulatorPermissions permissions, MeetingRoster roster, string userId, string meetingId,
        Func<DemoUser, IReadOnlyList<AttendanceReport>, IResult> answer)
    {
        // The same policy that gates /onlineMeetings gates its artifacts (the access policy page names both).
        if (permissions.DenyOnlineMeetings)
            return GraphErrors.Result(StatusCodes.Status403Forbidden, "Forbidden", "No application access policy found for this app.");
        if (DemoDirectory.Find(userId) is not { } user)
            return GraphRequest.UnknownUser(userId);

        // Meeting ids are base64 and may hold '/', which a client percent-encodes in the path and Kestrel leaves encoded.
        meetingId = Uri.UnescapeDataString(meetingId);
        DemoUser organizer;
        lock (store.Gate)
        {
            if (store.FindByMeeting(meetingId) is not { } stored)
                return GraphErrors.Result(StatusCodes.Status404NotFound, "NotFound", "The online meeting was not found.");
            organizer = stored.Organizer;
        }

        if (organizer.Id != user.Id)
            return GraphErrors.Result(StatusCodes.Status403Forbidden, "Forbidden", "Only the meeting organizer can access the attendance reports.");
        return answer(user, AttendanceReports.Of(roster.Read(meetingId), organizer));
    }

    private static JsonObject Report(AttendanceReport report, bool withRecords)
    {
        var json = new JsonObject
        {
            ["id"] = report.Id,
            ["totalParticipantCount"] = report.Records.Count,
            ["meetingStartDateTime"] = Utc(report.Start),
            ["meetingEndDateTime"] = Utc(report.End),
        };
        if (withRecords)
            json["attendanceRecords"] = Records(report);
        return json;
    }

    private static JsonArray Records(AttendanceReport report) => new([.. report.Records.Select(r => (JsonNode)new JsonObject
    {
        ["emailAddress"] = r.Person.Email,
        ["totalAttendanceInSeconds"] = r.TotalSeconds,
        ["role"] = r.Role,
        ["identity"] = new JsonObject
        {
            ["id"] = r.Person.Id.ToString(),
            ["displayName"] = r.Person.DisplayName,
            ["tenantId"] = r.Person.TenantId.ToString(),
        },
        ["attendanceIntervals"] = new JsonArray([.. r.Intervals.Select(i => (JsonNode)new JsonObject
        {
            ["joinDateTime"] = Utc(i.Join),
            ["leaveDateTime"] = Utc(i.Leave),
            ["durationInSeconds"] = AttendanceRecord.Seconds(i.Join, i.Leave),
        })]),
    })]);

    private static string Utc(DateTimeOffset at) => GraphTime.Utc(at.UtcDateTime);
}
