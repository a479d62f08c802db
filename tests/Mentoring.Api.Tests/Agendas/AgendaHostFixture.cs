using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.LocalHost;
using Mentoring.M365Emulator;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Api.Tests.Agendas;

/// <summary>A local host of its own whose clock the tests move: dates are relative to this clock, never to today.</summary>
public sealed class AgendaHostFixture : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = TestClock.New();

    public LocalHostApp Host { get; private set; } = null!;

    public Users Users { get; private set; } = null!;

    public async Task InitializeAsync() => (Host, Users) = await TestHost.StartAsync(TestHost.Prefix("agd"), Clock);

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>A scheduled peer group whose first session is a week after the fake clock's today; <paramref name="peers"/>[0] organizes it.</summary>
    public async Task<(string Id, JsonArray Sessions)> ScheduledPeerGroupAsync(HttpClient organizer, params DemoUser[] peers)
    {
        var body = Circles.PeerGroup(peers);
        body["cadence"]!["firstDate"] = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).AddDays(7).ToString("yyyy-MM-dd");
        body["cadence"]!.AsObject().Remove("dayOfWeek");
        var circle = await Circles.CreateAsync(organizer, body);
        var id = circle["id"]!.GetValue<string>();
        var series = await (await organizer.PostAsync($"circles/{id}/series", null)).Content.ReadFromJsonAsync<JsonObject>();
        return (id, series!["sessions"]!.AsArray());
    }
}

[CollectionDefinition(Name)]
public sealed class AgendaHostCollection : ICollectionFixture<AgendaHostFixture>
{
    public const string Name = "agenda host";
}
