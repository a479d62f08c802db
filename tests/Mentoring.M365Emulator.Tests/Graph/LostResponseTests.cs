using System.Net;
using System.Text.Json;

namespace Mentoring.M365Emulator.Tests.Graph;

/// <summary>A write can be committed and its answer lost: the caller must not conclude from the error that nothing happened.</summary>
public sealed class LostResponseTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IDisposable
{
    private readonly GraphClient _graph = new(fixture.Http);

    [Fact]
    public async Task A_504_after_the_commit_leaves_the_event_created_and_the_same_transactionId_returns_it()
    {
        var transaction = Guid.NewGuid().ToString();
        await _graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}"); // the token, before the faults
        fixture.Emulator.Faults.Configure(new FaultSettings(LostResponseRate: 1, LostResponses: [LostResponse.GatewayTimeout]));

        using var lost = await _graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/events", Seeds.BiweeklyParis(Seeds.Hugo.UserPrincipalName, transaction));
        var lostBody = await lost.Content.ReadAsStringAsync();
        fixture.Emulator.Faults.Reset();
        var retried = await _graph.JsonAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/events", Seeds.BiweeklyParis(Seeds.Hugo.UserPrincipalName, transaction));

        Assert.Equal(HttpStatusCode.GatewayTimeout, lost.StatusCode);
        Assert.Equal("UnknownError", JsonDocument.Parse(lostBody).RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.True(lost.Headers.Contains("request-id"));
        var stored = await EventsWithAsync(transaction);
        Assert.Equal(retried.GetProperty("id").GetString(), Assert.Single(stored).GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_dropped_connection_after_the_commit_throws_but_the_event_exists()
    {
        var transaction = Guid.NewGuid().ToString();
        await _graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}");
        fixture.Emulator.Faults.Configure(new FaultSettings(LostResponseRate: 1, LostResponses: [LostResponse.ConnectionDropped]));

        var error = await Record.ExceptionAsync(() => _graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/events", Seeds.BiweeklyParis(Seeds.Hugo.UserPrincipalName, transaction)));
        fixture.Emulator.Faults.Reset();

        Assert.IsType<HttpRequestException>(error);
        Assert.Single(await EventsWithAsync(transaction));
    }

    [Fact]
    public async Task Reads_are_answered_even_when_every_write_loses_its_answer()
    {
        await _graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}");
        fixture.Emulator.Faults.Configure(new FaultSettings(LostResponseRate: 1));

        using var read = await _graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/events");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task Lost_responses_are_switched_over_http_by_name()
    {
        using var put = await fixture.Http.PutAsync("_emulator/faults", new StringContent(
            """{"lostResponseRate":0.5,"lostResponses":["connectionDropped"]}""", System.Text.Encoding.UTF8, "application/json"));
        var settings = fixture.Emulator.Faults.Settings;
        using var refused = await fixture.Http.PutAsync("_emulator/faults", new StringContent(
            """{"lostResponseRate":2}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(0.5, settings.LostResponseRate);
        Assert.Equal([LostResponse.ConnectionDropped], settings.LostResponses);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    public void Dispose() => fixture.Emulator.Faults.Reset();

    private async Task<JsonElement[]> EventsWithAsync(string transactionId)
    {
        var events = await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/events?$top=1000");
        return [.. events.GetProperty("value").EnumerateArray().Where(e => e.TryGetProperty("transactionId", out var t) && t.GetString() == transactionId)];
    }
}
