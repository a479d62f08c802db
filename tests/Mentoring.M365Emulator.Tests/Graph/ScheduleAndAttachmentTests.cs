using System.Net;

namespace Mentoring.M365Emulator.Tests.Graph;

public sealed class ScheduleAndAttachmentTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly GraphClient _graph = new(fixture.Http);

    [Fact]
    public async Task GetSchedule_on_an_attendee_sees_the_series_and_their_working_hours()
    {
        await _graph.JsonAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/events", Seeds.BiweeklyParis(Seeds.Emilie.UserPrincipalName));

        var schedule = await _graph.JsonAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/calendar/getSchedule", $$"""
            {"schedules":["{{Seeds.Emilie.UserPrincipalName}}"],
             "startTime":{"dateTime":"2026-03-19T00:00:00","timeZone":"UTC"},
             "endTime":{"dateTime":"2026-03-20T00:00:00","timeZone":"UTC"},
             "availabilityViewInterval":60}
            """);

        var info = Assert.Single(schedule.GetProperty("value").EnumerateArray());
        Assert.Equal("000000000000000002000000", info.GetProperty("availabilityView").GetString()); // 18:00 Paris = 17:00 UTC
        var item = Assert.Single(info.GetProperty("scheduleItems").EnumerateArray());
        Assert.Equal("busy", item.GetProperty("status").GetString());
        var hours = info.GetProperty("workingHours");
        Assert.Equal("09:00:00.0000000", hours.GetProperty("startTime").GetString());
        Assert.Equal("Eastern Standard Time", hours.GetProperty("timeZone").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_file_attachment_is_stored_and_listed_and_one_over_3_MB_is_refused()
    {
        var id = (await _graph.JsonAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/events", Seeds.BiweeklyParis(Seeds.Hugo.UserPrincipalName))).GetProperty("id").GetString();
        var small = Convert.ToBase64String("ordre du jour"u8.ToArray());
        var large = Convert.ToBase64String(new byte[(3 * 1024 * 1024) + 1]);

        await _graph.JsonAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/events/{id}/attachments", Attachment(small));
        using var refused = await _graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/events/{id}/attachments", Attachment(large));
        var list = await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/events/{id}/attachments");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        var attachment = Assert.Single(list.GetProperty("value").EnumerateArray());
        Assert.Equal("agenda.txt", attachment.GetProperty("name").GetString());
        Assert.Equal(13, attachment.GetProperty("size").GetInt32());
    }

    [Fact]
    public async Task A_user_is_found_by_upn_with_mailbox_settings()
    {
        var user = await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Emilie.UserPrincipalName}");
        var settings = await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Emilie.Id}/mailboxSettings");

        Assert.Equal(Seeds.Emilie.Id.ToString(), user.GetProperty("id").GetString());
        Assert.Equal("fr-CA", user.GetProperty("preferredLanguage").GetString());
        Assert.Equal("Eastern Standard Time", settings.GetProperty("timeZone").GetString());
    }

    private static string Attachment(string base64) =>
        $$"""{"@odata.type":"#microsoft.graph.fileAttachment","name":"agenda.txt","contentType":"text/plain","contentBytes":"{{base64}}"}""";
}
