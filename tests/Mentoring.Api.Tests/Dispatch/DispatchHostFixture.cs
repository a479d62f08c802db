using Mentoring.Core.Delivery;
using Mentoring.Core.FollowUps;
using Mentoring.M365Emulator;
using Mentoring.LocalHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Api.Tests.Dispatch;

/// <summary>A local host whose clock the tests move, with queues of its own and quick queue retries; Teams is the emulator's Bot Connector.</summary>
public class DispatchHostFixture : IAsyncLifetime
{
    /// <summary>How long a received message stays invisible: short here, so a crashed worker's message comes back quickly.</summary>
    protected virtual TimeSpan Invisibility => TimeSpan.FromSeconds(2);

    public FakeTimeProvider Clock { get; } = TestClock.New();

    public TestMemberCards Cards { get; } = new();

    public CrashPoints Crashes { get; } = new();

    public LocalHostApp Host { get; private set; } = null!;

    public Users Users { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var prefix = TestHost.Prefix("dsp");
        (Host, Users) = await TestHost.StartAsync(prefix, Clock, settings => settings with
        {
            QueuePrefix = prefix + "-",
            SeedDemoTenant = false,
            OpenConversationsAhead = true,
            Queues = new QueueRunSettings { RetryDelay = TimeSpan.FromMilliseconds(100), PollInterval = TimeSpan.FromMilliseconds(50), MaxDequeueCount = 200, Invisibility = Invisibility },
            ConfigureServices = services =>
            {
                services.AddSingleton<IMemberCards>(Cards);
                services.AddSingleton<IDeliveryCheckpoints>(Crashes);
            },
        });
    }

    public Mentoring.M365Emulator.BotConnector.BotConnectorService Teams => Host.Emulator.BotConnector;

    /// <summary>The cards in a person's chat with the bot, by their notification text.</summary>
    public IReadOnlyList<string> ChatOf(Guid person) =>
        [.. Teams.ConversationsOf(person).SelectMany(Teams.ActivitiesOf).Select(a => (string?)a["summary"] ?? "")];

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class DispatchHostCollection : ICollectionFixture<DispatchHostFixture>
{
    public const string Name = "dispatch host";
}

/// <summary>
/// The same host for the nudges, whose sends wait out Graph's Retry-After in the worker (seconds): as on Azure, where the Functions
/// host keeps a message invisible while its function runs, a message is not handed to a second worker meanwhile. With 2 s, a
/// second worker took the message while the first was still sending, found the people Sending and completed it; the first's
/// retry then had no message left (noted in docs/activity-feed.md).
/// </summary>
public sealed class NudgeHostFixture : DispatchHostFixture
{
    protected override TimeSpan Invisibility => TimeSpan.FromMinutes(5);
}

[CollectionDefinition(Name)]
public sealed class NudgeHostCollection : ICollectionFixture<NudgeHostFixture>
{
    public const string Name = "nudge host";
}
