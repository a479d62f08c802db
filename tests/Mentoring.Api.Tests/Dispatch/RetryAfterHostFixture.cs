using Mentoring.Core.Delivery;
using Mentoring.Core.FollowUps;
using Mentoring.Infrastructure.Bot;
using Mentoring.LocalHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Api.Tests.Dispatch;

/// <summary>
/// A local host running the card queue as host.json does (a failed message comes back after 30 s), with its own queues; the
/// Bot Connector client hands any wait over 5 s back to the queue, so a 10 s Retry-After is the queue's to honour.
/// </summary>
public sealed class RetryAfterHostFixture : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = TestClock.New();

    public LocalHostApp Host { get; private set; } = null!;

    public Mentoring.M365Emulator.BotConnector.BotConnectorService Teams => Host.Emulator.BotConnector;

    public async Task InitializeAsync()
    {
        var prefix = TestHost.Prefix("rta");
        (Host, _) = await TestHost.StartAsync(prefix, Clock, settings => settings with
        {
            QueuePrefix = prefix + "-",
            SeedDemoTenant = false,
            Queues = new QueueRunSettings { PollInterval = TimeSpan.FromMilliseconds(50) },
            ConfigureServices = services =>
            {
                services.AddSingleton<IMemberCards>(new TestMemberCards());
                services.PostConfigure<BotOptions>(o => o.MaxRetryAfterSeconds = 5);
            },
        });
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class RetryAfterHostCollection : ICollectionFixture<RetryAfterHostFixture>
{
    public const string Name = "retry-after host";
}
