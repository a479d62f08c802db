using Mentoring.Core.Delivery;
using Mentoring.Core.FollowUps;
using Mentoring.M365Emulator;
using Mentoring.LocalHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Api.Tests.Dispatch;

/// <summary>A local host whose clock the tests move, with queues of its own and quick queue retries; Teams is the emulator's Bot Connector.</summary>
public sealed class DispatchHostFixture : IAsyncLifetime
{
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
            Queues = new QueueRunSettings { RetryDelay = TimeSpan.FromMilliseconds(100), PollInterval = TimeSpan.FromMilliseconds(50), MaxDequeueCount = 200, Invisibility = TimeSpan.FromSeconds(2) },
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
