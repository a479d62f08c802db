using System.Net;
using System.Text.Json;

namespace Mentoring.M365Emulator.Tests.Graph;

/// <summary>Events carry changeKey and @odata.etag, new at every update; an update with a stale If-Match gets Graph's 412 and changes nothing.</summary>
public sealed class EventETagTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly GraphClient _graph = new(fixture.Http);

    [Fact]
    public async Task An_update_naming_a_stale_etag_is_refused_with_412_and_changes_nothing()
    {
        var created = await _graph.JsonAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/events", Seeds.BiweeklyParis(Seeds.Hugo.UserPrincipalName));
        var id = created.GetProperty("id").GetString();
        var first = created.GetProperty("@odata.etag").GetString()!;
        Assert.Equal($"W/\"{created.GetProperty("changeKey").GetString()}\"", first);

        using var current = await _graph.SendAsync(HttpMethod.Patch, $"users/{Seeds.Camille.Id}/events/{id}", """{"subject":"Mentorat (1)"}""", ifMatch: first);
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        var second = JsonDocument.Parse(await current.Content.ReadAsStringAsync()).RootElement.GetProperty("@odata.etag").GetString();
        Assert.NotEqual(first, second);

        using var stale = await _graph.SendAsync(HttpMethod.Patch, $"users/{Seeds.Camille.Id}/events/{id}", """{"subject":"Mentorat (2)"}""", ifMatch: first);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var error = JsonDocument.Parse(await stale.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
        Assert.Equal("ErrorIrresolvableConflict", error.GetProperty("code").GetString());

        var after = await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/events/{id}");
        Assert.Equal("Mentorat (1)", after.GetProperty("subject").GetString());
        Assert.Equal(second, after.GetProperty("@odata.etag").GetString());
    }

    [Fact]
    public async Task An_update_without_if_match_is_unconditional_and_a_moved_occurrence_gets_its_own_new_etag()
    {
        var master = await _graph.JsonAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/events", Seeds.BiweeklyParis(Seeds.Hugo.UserPrincipalName));
        var window = "startDateTime=2026-03-01T00:00:00Z&endDateTime=2026-04-30T00:00:00Z";
        var occurrence = (await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/events/{master.GetProperty("id").GetString()}/instances?{window}"))
            .GetProperty("value")[1];
        var path = $"users/{Seeds.Camille.Id}/events/{occurrence.GetProperty("id").GetString()}";
        var move = """{"start":{"dateTime":"2026-03-20T10:00:00","timeZone":"Europe/Paris"},"end":{"dateTime":"2026-03-20T11:00:00","timeZone":"Europe/Paris"}}""";

        var moved = await _graph.JsonAsync(HttpMethod.Patch, path, move);

        Assert.NotEqual(occurrence.GetProperty("@odata.etag").GetString(), moved.GetProperty("@odata.etag").GetString());
        using var stale = await _graph.SendAsync(HttpMethod.Patch, path, move, ifMatch: occurrence.GetProperty("@odata.etag").GetString());
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
    }
}
