using System.Net;
using System.Text.Json;

namespace Mentoring.M365Emulator.Tests.Graph;

/// <summary>GET /users/{id}/onlineMeetings?$filter=JoinWebUrl eq '...', the only place Graph gives the meeting chat thread id.</summary>
public sealed class OnlineMeetingTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IDisposable
{
    private readonly GraphClient _graph = new(fixture.Http);

    [Theory]
    [InlineData("JoinWebUrl")]
    [InlineData("joinWebUrl")]
    public async Task The_join_url_filter_finds_the_meeting_created_with_the_event(string property)
    {
        var created = await _graph.JsonAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/events", Seeds.BiweeklyParis(Seeds.Hugo.UserPrincipalName));
        var joinUrl = created.GetProperty("onlineMeeting").GetProperty("joinUrl").GetString()!;

        // As Graph requires, the joinWebUrl (which holds %-escapes itself) is URL-encoded once more in the query.
        var found = await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/onlineMeetings?$filter={Uri.EscapeDataString($"{property} eq '{joinUrl}'")}");

        var meeting = Assert.Single(found.GetProperty("value").EnumerateArray());
        Assert.Equal(joinUrl, meeting.GetProperty("joinWebUrl").GetString());
        Assert.Matches("^19:meeting_.+@thread.v2$", meeting.GetProperty("chatInfo").GetProperty("threadId").GetString());
        Assert.Equal("Mentorat", meeting.GetProperty("subject").GetString());
        Assert.Equal("2026-03-05T17:00:00Z", meeting.GetProperty("startDateTime").GetString());
        Assert.Equal("2026-03-05T18:00:00Z", meeting.GetProperty("endDateTime").GetString());
        Assert.Equal(Seeds.Camille.Id.ToString(), meeting.GetProperty("participants").GetProperty("organizer").GetProperty("identity").GetProperty("user").GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(meeting.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Each_event_has_its_own_thread_and_an_unknown_url_finds_nothing()
    {
        var a = await ThreadOfNewEventAsync();
        var b = await ThreadOfNewEventAsync();
        var none = await _graph.JsonAsync(HttpMethod.Get,
            $"users/{Seeds.Camille.Id}/onlineMeetings?$filter={Uri.EscapeDataString("JoinWebUrl eq 'https://teams.microsoft.com/l/meetup-join/nope'")}");

        Assert.NotEqual(a, b);
        Assert.Empty(none.GetProperty("value").EnumerateArray());
    }

    [Fact]
    public async Task Listing_without_a_filter_is_refused_for_an_app_token()
    {
        using var response = await _graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/onlineMeetings");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Without_the_grant_the_lookup_is_403_in_process_or_over_http()
    {
        var filter = Uri.EscapeDataString("JoinWebUrl eq 'x'");
        fixture.Emulator.Permissions.DenyOnlineMeetings = true;
        using var denied = await _graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/onlineMeetings?$filter={filter}");
        fixture.Emulator.Permissions.Reset();
        using var put = await fixture.Http.PutAsync("_emulator/permissions", new StringContent(
            """{"denyOnlineMeetings":true}""", System.Text.Encoding.UTF8, "application/json"));
        using var deniedOverHttp = await _graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/onlineMeetings?$filter={filter}");
        using var delete = await fixture.Http.DeleteAsync("_emulator/permissions");
        using var granted = await _graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/onlineMeetings?$filter={filter}");

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal("Forbidden", (await ErrorCodeAsync(denied)));
        Assert.Equal(HttpStatusCode.Forbidden, deniedOverHttp.StatusCode);
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
    }

    public void Dispose() => fixture.Emulator.Permissions.Reset();

    private async Task<string> ThreadOfNewEventAsync()
    {
        var created = await _graph.JsonAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/events", Seeds.BiweeklyParis(Seeds.Hugo.UserPrincipalName));
        var joinUrl = created.GetProperty("onlineMeeting").GetProperty("joinUrl").GetString()!;
        var found = await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/onlineMeetings?$filter={Uri.EscapeDataString($"JoinWebUrl eq '{joinUrl}'")}");
        return Assert.Single(found.GetProperty("value").EnumerateArray()).GetProperty("chatInfo").GetProperty("threadId").GetString()!;
    }

    internal static async Task<string?> ErrorCodeAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("error").GetProperty("code").GetString();
    }
}
