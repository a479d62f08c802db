using System.Net;
using System.Text.Json;

namespace Mentoring.M365Emulator.Tests.Graph;

/// <summary>Graph takes Windows zone names and its documented list of IANA names, and refuses the rest as Graph does.</summary>
public sealed class TimeZoneTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly GraphClient _graph = new(fixture.Http);

    [Theory]
    [InlineData("America/Toronto")]
    [InlineData("Europe/Dublin")]
    [InlineData("Romance Time")]
    public async Task An_event_in_a_zone_graph_does_not_list_is_refused_with_graph_s_error(string zone)
    {
        using var response = await _graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/events", Series(zone, "Europe/Paris"));

        await AssertRefusedAsync(response, zone);
    }

    [Fact]
    public async Task A_recurrence_range_in_a_zone_graph_does_not_list_is_refused()
    {
        using var response = await _graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/events", Series("Eastern Standard Time", "America/Toronto"));

        await AssertRefusedAsync(response, "America/Toronto");
    }

    [Fact]
    public async Task Moving_a_series_into_a_zone_graph_does_not_list_is_refused_and_changes_nothing()
    {
        var created = await _graph.JsonAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/events", Series("Romance Standard Time", "Romance Standard Time"));
        var id = created.GetProperty("id").GetString();

        using var response = await _graph.SendAsync(HttpMethod.Patch, $"users/{Seeds.Camille.Id}/events/{id}",
            """{"start":{"dateTime":"2026-03-12T12:00:00","timeZone":"America/Toronto"},"end":{"dateTime":"2026-03-12T13:00:00","timeZone":"America/Toronto"}}""");

        await AssertRefusedAsync(response, "America/Toronto");
        var after = await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/events/{id}");
        Assert.Equal("2026-03-12T17:00:00.0000000", after.GetProperty("start").GetProperty("dateTime").GetString());
    }

    [Fact]
    public async Task A_getSchedule_window_in_a_zone_graph_does_not_list_is_refused()
    {
        var body = $$"""
            { "schedules": ["{{Seeds.Hugo.UserPrincipalName}}"], "availabilityViewInterval": 30,
              "startTime": { "dateTime": "2026-03-02T08:00:00", "timeZone": "America/Toronto" },
              "endTime": { "dateTime": "2026-03-02T18:00:00", "timeZone": "America/Toronto" } }
            """;
        using var response = await _graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/calendar/getSchedule", body);

        await AssertRefusedAsync(response, "America/Toronto");
    }

    [Theory]
    [InlineData("Eastern Standard Time", "Eastern Standard Time", "2026-03-19T22:00:00Z")]
    [InlineData("America/New_York", "America/New_York", "2026-03-19T22:00:00Z")]
    [InlineData("GMT Standard Time", "GMT Standard Time", "2026-03-19T18:00:00Z")]
    [InlineData("Morocco Standard Time", "Morocco Standard Time", "2026-03-19T18:00:00Z")] // Ramadan: Morocco on +00 until 22 March
    public async Task Windows_names_and_listed_iana_names_are_taken_and_keep_the_wall_clock(string zone, string rangeZone, string secondStartUtc)
    {
        var created = await _graph.JsonAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/events", Series(zone, rangeZone));
        var id = created.GetProperty("id").GetString();

        var instances = await _graph.JsonAsync(HttpMethod.Get,
            $"users/{Seeds.Camille.Id}/events/{id}/instances?startDateTime=2026-03-01T00:00:00Z&endDateTime=2026-04-01T00:00:00Z");

        Assert.Equal(zone, created.GetProperty("originalStartTimeZone").GetString());
        Assert.Equal(secondStartUtc, instances.GetProperty("value")[1].GetProperty("originalStart").GetString());
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string zone)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
        Assert.Equal("TimeZoneNotSupportedException", error.GetProperty("code").GetString());
        Assert.Equal($"A valid TimeZone value must be specified. The following TimeZone value is not supported: '{zone}'.", error.GetProperty("message").GetString());
    }

    /// <summary>18:00–19:00 weekly on Thursdays from 12 March 2026, four sessions.</summary>
    private static string Series(string zone, string rangeZone) => $$"""
        {
          "subject": "Mentorat",
          "start": { "dateTime": "2026-03-12T18:00:00", "timeZone": "{{zone}}" },
          "end": { "dateTime": "2026-03-12T19:00:00", "timeZone": "{{zone}}" },
          "recurrence": {
            "pattern": { "type": "weekly", "interval": 1, "daysOfWeek": [ "thursday" ] },
            "range": { "type": "numbered", "startDate": "2026-03-12", "numberOfOccurrences": 4, "recurrenceTimeZone": "{{rangeZone}}" }
          }
        }
        """;
}
