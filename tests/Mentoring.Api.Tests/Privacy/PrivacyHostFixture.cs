using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Core.Privacy;
using Mentoring.LocalHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Api.Tests.Privacy;

/// <summary>A local host of its own, tables of its own, a clock the tests move, and a switch that crashes an erasure midway.</summary>
public sealed class PrivacyHostFixture : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = TestClock.New();

    public string TablePrefix { get; } = TestHost.Prefix("prv");

    public CrashSwitch Crash { get; } = new();

    public LocalHostApp Host { get; private set; } = null!;

    public Users Users { get; private set; } = null!;

    // The crashing store is registered last, so an armed switch crashes an erasure after the circles were left and most stores erased.
    public async Task InitializeAsync() => (Host, Users) = await TestHost.StartAsync(TablePrefix, Clock, settings => settings with
    {
        ConfigureServices = services => services.AddSingleton<IPersonalDataStore>(new CrashingStore(Crash)),
    });

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public AccountScan Account => new(TablePrefix);

    /// <summary>Creates a circle whose first session is a week after the fake clock's today, scheduled by <paramref name="organizer"/>.</summary>
    public async Task<(string Id, JsonArray Sessions)> ScheduledAsync(HttpClient organizer, JsonObject body)
    {
        body["cadence"]!["firstDate"] = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).AddDays(7).ToString("yyyy-MM-dd");
        var id = (await Circles.CreateAsync(organizer, body))["id"]!.GetValue<string>();
        var series = await (await organizer.PostAsync($"circles/{id}/series", null)).Content.ReadFromJsonAsync<JsonObject>();
        return (id, series!["sessions"]!.AsArray());
    }
}

[CollectionDefinition(Name)]
public sealed class PrivacyHostCollection : ICollectionFixture<PrivacyHostFixture>
{
    public const string Name = "privacy host";
}
