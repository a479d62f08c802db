using System.Net;
using System.Text.Json;

namespace Mentoring.M365Emulator.Tests.Graph;

public sealed class EventTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly GraphClient _graph = new(fixture.Http);

    [Fact]
    public async Task Creating_a_series_returns_a_teams_meeting_and_instances_stay_at_18_00_Paris_across_DST()
    {
        var created = await _graph.JsonAsync(HttpMethod.Post, $"users/{Seeds.Camille.UserPrincipalName}/events", Seeds.BiweeklyParis(Seeds.Hugo.UserPrincipalName));

        Assert.Equal("seriesMaster", created.GetProperty("type").GetString());
        // Graph's onlineMeetingInfo: the thread id is not here but on /onlineMeetings (see OnlineMeetingTests).
        var meeting = created.GetProperty("onlineMeeting");
        Assert.StartsWith("https://teams.microsoft.com/l/meetup-join/19%3ameeting_", meeting.GetProperty("joinUrl").GetString());
        Assert.Matches("^[0-9]+$", meeting.GetProperty("conferenceId").GetString());
        Assert.Equal(
            ["conferenceId", "joinUrl", "phones", "quickDial", "tollFreeNumbers", "tollNumber"],
            meeting.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.False(string.IsNullOrEmpty(created.GetProperty("iCalUId").GetString()));

        var id = created.GetProperty("id").GetString();
        var instances = await _graph.JsonAsync(HttpMethod.Get,
            $"users/{Seeds.Camille.Id}/events/{id}/instances?startDateTime=2026-03-01T00:00:00Z&endDateTime=2026-12-31T00:00:00Z&$top=20", preferZone: "Europe/Paris");

        var value = instances.GetProperty("value").EnumerateArray().ToList();
        Assert.Equal(20, value.Count);
        Assert.All(value, i => Assert.EndsWith("T18:00:00.0000000", i.GetProperty("start").GetProperty("dateTime").GetString()));
        Assert.All(value, i => Assert.Equal("occurrence", i.GetProperty("type").GetString()));
        Assert.All(value, i => Assert.Equal(id, i.GetProperty("seriesMasterId").GetString()));
        Assert.Equal("2026-10-29T17:00:00Z", value.Single(i => i.GetProperty("start").GetProperty("dateTime").GetString()!.StartsWith("2026-10-29")).GetProperty("originalStart").GetString());
    }

    [Fact]
    public async Task A_repeated_transactionId_returns_the_event_already_created()
    {
        var body = Seeds.BiweeklyParis(Seeds.Hugo.UserPrincipalName, transactionId: "tx-" + Guid.NewGuid());
        var first = await _graph.JsonAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/events", body);
        var second = await _graph.JsonAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/events", body);

        Assert.Equal(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_moved_occurrence_is_an_exception_and_a_cancelled_one_disappears()
    {
        var master = (await _graph.JsonAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/events", Seeds.BiweeklyParis(Seeds.Hugo.UserPrincipalName))).GetProperty("id").GetString();
        var window = "startDateTime=2026-03-01T00:00:00Z&endDateTime=2026-04-30T00:00:00Z";
        var before = (await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/events/{master}/instances?{window}")).GetProperty("value").EnumerateArray().ToList();
        var moved = before[1].GetProperty("id").GetString();
        var cancelled = before[2].GetProperty("id").GetString();

        await _graph.JsonAsync(HttpMethod.Patch, $"users/{Seeds.Camille.Id}/events/{moved}",
            """{"start":{"dateTime":"2026-03-20T10:00:00","timeZone":"Europe/Paris"},"end":{"dateTime":"2026-03-20T11:00:00","timeZone":"Europe/Paris"}}""");
        using var cancel = await _graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/events/{cancelled}/cancel", """{"comment":"Férié"}""");
        Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);

        var after = (await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/events/{master}/instances?{window}", preferZone: "Europe/Paris"))
            .GetProperty("value").EnumerateArray().ToList();
        Assert.Equal(before.Count - 1, after.Count);
        Assert.DoesNotContain(after, i => i.GetProperty("id").GetString() == cancelled);
        var exception = after.Single(i => i.GetProperty("id").GetString() == moved);
        Assert.Equal("exception", exception.GetProperty("type").GetString());
        Assert.Equal("2026-03-20T10:00:00.0000000", exception.GetProperty("start").GetProperty("dateTime").GetString());
    }

    [Fact]
    public async Task A_range_that_does_not_start_on_the_events_date_is_refused()
    {
        var body = Seeds.BiweeklyParis(Seeds.Hugo.UserPrincipalName).Replace("\"startDate\": \"2026-03-05\"", "\"startDate\": \"2026-03-06\"");

        using var response = await _graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/events", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ErrorInvalidRequest", json.RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Instances_without_a_window_are_refused()
    {
        using var response = await _graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/events/x/instances");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_request_without_a_token_gets_graphs_401_body()
    {
        using var response = await fixture.Http.GetAsync($"v1.0/users/{Seeds.Camille.Id}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("\"InvalidAuthenticationToken\"", await response.Content.ReadAsStringAsync());
    }
}
