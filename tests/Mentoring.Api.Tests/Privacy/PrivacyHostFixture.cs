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

    /// <summary>Queues of its own too: an erasure reads and deletes queued messages, and a test dispatches cards.</summary>
    public string QueuePrefix => TablePrefix + "-";

    public CrashSwitch Crash { get; } = new();

    public LocalHostApp Host { get; private set; } = null!;

    public Users Users { get; private set; } = null!;

    // The crashing store is registered last, so an armed switch crashes an erasure after the circles were left and most stores erased.
    public async Task InitializeAsync() => (Host, Users) = await TestHost.StartAsync(TablePrefix, Clock, settings => settings with
    {
        QueuePrefix = QueuePrefix,
        // Hidden long enough that a slow attempt on a loaded machine is never taken over midway; failures come back quickly.
        Queues = new QueueRunSettings { RetryDelay = TimeSpan.FromMilliseconds(100), PollInterval = TimeSpan.FromMilliseconds(50), Invisibility = TimeSpan.FromSeconds(60) },
        ConfigureServices = services => services.AddSingleton<IPersonalDataStore>(new CrashingStore(Crash)),
    });

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public AccountScan Account => new(TablePrefix, QueuePrefix);

    /// <summary>The cards in a person's chat with the bot (their notification texts), as Teams shows them.</summary>
    public IReadOnlyList<string> ChatOf(Guid person)
    {
        var teams = Host.Emulator.BotConnector;
        return [.. teams.ConversationsOf(person).SelectMany(teams.ActivitiesOf).Select(a => (string?)a["summary"] ?? "")];
    }

    /// <summary>Runs the dispatch timer now (by the fake clock) and waits for the cards it queued.</summary>
    public async Task DispatchAsync()
    {
        await Host.RunTimerAsync("DispatchTimer");
        await Host.DrainQueuesAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>Waits until the queued erasures ran (the queues are drained), then checks the person's erasure is done.</summary>
    public async Task ErasureDoneAsync(HttpClient person)
    {
        await Host.DrainQueuesAsync(TimeSpan.FromSeconds(120));
        Assert.Equal("done", (await person.GetFromJsonAsync<JsonObject>("me/privacy"))!["erasure"]!.GetValue<string>());
    }

    /// <summary>
    /// <paramref name="body"/> starting a week after the fake clock's today (tests move the clock forward, so a date taken
    /// from the real today may be past by it).
    /// </summary>
    public JsonObject FromClock(JsonObject body)
    {
        body["cadence"]!["firstDate"] = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).AddDays(7).ToString("yyyy-MM-dd");
        return body;
    }

    /// <summary>Creates a circle whose first session is a week after the fake clock's today, scheduled by <paramref name="organizer"/>.</summary>
    public async Task<(string Id, JsonArray Sessions)> ScheduledAsync(HttpClient organizer, JsonObject body)
    {
        var id = (await Circles.CreateAsync(organizer, FromClock(body)))["id"]!.GetValue<string>();
        var series = await (await organizer.PostAsync($"circles/{id}/series", null)).Content.ReadFromJsonAsync<JsonObject>();
        return (id, series!["sessions"]!.AsArray());
    }
}

[CollectionDefinition(Name)]
public sealed class PrivacyHostCollection : ICollectionFixture<PrivacyHostFixture>
{
    public const string Name = "privacy host";
}
