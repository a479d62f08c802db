using System.Net;
using System.Text.Json;

namespace Mentoring.M365Emulator.Tests.Graph;

/// <summary>
/// Attendance reports of an online meeting (learn.microsoft.com/graph/api/meetingattendancereport-list, -get, attendancerecord-list),
/// served from who joined and left the emulator's Teams meeting, on the fixture's clock.
/// </summary>
public sealed class AttendanceReportTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IDisposable
{
    private readonly GraphClient _graph = new(fixture.Http);

    [Fact]
    public async Task A_session_joined_and_left_gives_one_report_with_graph_s_shapes_and_records_per_person()
    {
        var meeting = await NewMeetingAsync();
        var start = fixture.Clock.GetUtcNow();
        fixture.Emulator.Meetings.Join(meeting, Seeds.Camille);
        fixture.Clock.Advance(TimeSpan.FromMinutes(2));
        fixture.Emulator.Meetings.Join(meeting, Seeds.Hugo);
        fixture.Clock.Advance(TimeSpan.FromMinutes(10));
        fixture.Emulator.Meetings.Leave(meeting, Seeds.Hugo);
        fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        fixture.Emulator.Meetings.Join(meeting, Seeds.Hugo);
        fixture.Clock.Advance(TimeSpan.FromMinutes(20));
        fixture.Emulator.Meetings.Leave(meeting, Seeds.Hugo);
        fixture.Emulator.Meetings.Leave(meeting, Seeds.Camille);

        var list = await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/onlineMeetings/{Escaped(meeting)}/attendanceReports");
        var listed = Assert.Single(list.GetProperty("value").EnumerateArray());
        var id = listed.GetProperty("id").GetString()!;
        var report = await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/onlineMeetings/{Escaped(meeting)}/attendanceReports/{id}?$expand=attendanceRecords");
        var records = await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/onlineMeetings/{Escaped(meeting)}/attendanceReports/{id}/attendanceRecords");

        Assert.False(listed.TryGetProperty("attendanceRecords", out _));
        Assert.Equal(2, report.GetProperty("totalParticipantCount").GetInt32());
        Assert.Equal(Utc(start), report.GetProperty("meetingStartDateTime").GetString());
        Assert.Equal(Utc(start.AddMinutes(37)), report.GetProperty("meetingEndDateTime").GetString());
        var hugo = report.GetProperty("attendanceRecords").EnumerateArray().Single(r => r.GetProperty("identity").GetProperty("id").GetString() == Seeds.Hugo.Id.ToString());
        Assert.Equal(30 * 60, hugo.GetProperty("totalAttendanceInSeconds").GetInt32());
        Assert.Equal("Presenter", hugo.GetProperty("role").GetString());
        Assert.Equal(Seeds.Hugo.Email, hugo.GetProperty("emailAddress").GetString());
        Assert.Equal(Seeds.Hugo.DisplayName, hugo.GetProperty("identity").GetProperty("displayName").GetString());
        Assert.Equal(
            [(Utc(start.AddMinutes(2)), Utc(start.AddMinutes(12)), 600), (Utc(start.AddMinutes(17)), Utc(start.AddMinutes(37)), 1200)],
            hugo.GetProperty("attendanceIntervals").EnumerateArray().Select(i =>
                (i.GetProperty("joinDateTime").GetString(), i.GetProperty("leaveDateTime").GetString(), i.GetProperty("durationInSeconds").GetInt32())));
        var camille = report.GetProperty("attendanceRecords").EnumerateArray().Single(r => r.GetProperty("role").GetString() == "Organizer");
        Assert.Equal(37 * 60, camille.GetProperty("totalAttendanceInSeconds").GetInt32());
        Assert.Equal(2, records.GetProperty("value").GetArrayLength());
    }

    [Fact]
    public async Task Each_ended_session_of_a_meeting_has_its_own_report_and_one_still_going_on_has_none()
    {
        var meeting = await NewMeetingAsync();
        fixture.Emulator.Meetings.Join(meeting, Seeds.Hugo);
        fixture.Clock.Advance(TimeSpan.FromMinutes(30));
        fixture.Emulator.Meetings.Leave(meeting, Seeds.Hugo);
        fixture.Clock.Advance(TimeSpan.FromDays(14));
        fixture.Emulator.Meetings.Join(meeting, Seeds.Camille);
        var graph = new GraphClient(fixture.Http); // a token of the new day: the first one expired meanwhile
        var during = await graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/onlineMeetings/{Escaped(meeting)}/attendanceReports");
        fixture.Clock.Advance(TimeSpan.FromMinutes(45));
        fixture.Emulator.Meetings.Leave(meeting, Seeds.Camille);

        var after = await graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/onlineMeetings/{Escaped(meeting)}/attendanceReports");

        Assert.Single(during.GetProperty("value").EnumerateArray());
        var reports = after.GetProperty("value").EnumerateArray().ToArray();
        Assert.Equal(2, reports.Length);
        Assert.True(string.CompareOrdinal(reports[0].GetProperty("meetingStartDateTime").GetString(), reports[1].GetProperty("meetingStartDateTime").GetString()) > 0);
    }

    [Fact]
    public async Task A_meeting_never_started_has_no_report_and_an_unknown_meeting_is_not_found()
    {
        var meeting = await NewMeetingAsync();

        using var never = await _graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/onlineMeetings/{Escaped(meeting)}/attendanceReports");
        using var unknown = await _graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/onlineMeetings/bm9wZQ==/attendanceReports");
        using var noSuchReport = await _graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/onlineMeetings/{Escaped(meeting)}/attendanceReports/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, never.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noSuchReport.StatusCode);
    }

    [Fact]
    public async Task Only_the_organizer_s_meeting_is_read_and_only_with_the_artifact_permission_and_the_access_policy()
    {
        var meeting = await NewMeetingAsync();
        fixture.Emulator.Meetings.Join(meeting, Seeds.Hugo);
        fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        fixture.Emulator.Meetings.Leave(meeting, Seeds.Hugo);
        var path = $"users/{Seeds.Camille.Id}/onlineMeetings/{Escaped(meeting)}/attendanceReports";
        fixture.Emulator.Permissions.GrantGraphRoles("meetings-only-app", ["OnlineMeetings.Read.All"]);

        using var attendee = await _graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Hugo.Id}/onlineMeetings/{Escaped(meeting)}/attendanceReports");
        using var withoutArtifacts = await new GraphClient(fixture.Http, "meetings-only-app").SendAsync(HttpMethod.Get, path);
        fixture.Emulator.Permissions.DenyOnlineMeetings = true;
        using var withoutPolicy = await _graph.SendAsync(HttpMethod.Get, path);
        fixture.Emulator.Permissions.Reset();
        using var organizer = await _graph.SendAsync(HttpMethod.Get, path);

        Assert.Equal((HttpStatusCode.Forbidden, "Forbidden"), (attendee.StatusCode, await OnlineMeetingTests.ErrorCodeAsync(attendee)));
        Assert.Equal((HttpStatusCode.Forbidden, "Forbidden"), (withoutArtifacts.StatusCode, await OnlineMeetingTests.ErrorCodeAsync(withoutArtifacts)));
        Assert.Equal(HttpStatusCode.Forbidden, withoutPolicy.StatusCode);
        Assert.Equal(HttpStatusCode.OK, organizer.StatusCode);
    }

    public void Dispose() => fixture.Emulator.Permissions.Reset();

    /// <summary>A new Teams meeting of Camille's, found as the product finds it: by its join URL.</summary>
    private async Task<string> NewMeetingAsync()
    {
        var created = await _graph.JsonAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/events", Seeds.BiweeklyParis(Seeds.Hugo.UserPrincipalName));
        var joinUrl = created.GetProperty("onlineMeeting").GetProperty("joinUrl").GetString()!;
        var found = await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/onlineMeetings?$filter={Uri.EscapeDataString($"JoinWebUrl eq '{joinUrl}'")}");
        return Assert.Single(found.GetProperty("value").EnumerateArray()).GetProperty("id").GetString()!;
    }

    /// <summary>Meeting ids are base64 (they may hold '/'): escaped in the path, as the SDK does.</summary>
    private static string Escaped(string meetingId) => Uri.EscapeDataString(meetingId);

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
