using Mentoring.Core.Scheduling.Notifications;
using Mentoring.LocalHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Api.Tests.Scheduling.Notifications;

/// <summary>A local host of its own whose emulator posts Graph's change notifications to it, with quick queue retries.</summary>
public sealed class NotificationHostFixture : IAsyncLifetime
{
    /// <summary>
    /// Starts at <see cref="TestClock.Start"/> and moves on by a millisecond at every reading, as a real clock does: a notification's
    /// receipt and a sync's start are ordered as they happened, which is what the worker's coalescing compares.
    /// </summary>
    public FakeTimeProvider Clock { get; } = new(TestClock.Start) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    public LocalHostApp Host { get; private set; } = null!;

    public Users Users { get; private set; } = null!;

    public IMailboxSubscriptions Subscriptions => Host.Services.GetRequiredService<IMailboxSubscriptions>();

    public async Task InitializeAsync()
    {
        var prefix = TestHost.Prefix("ntf");
        (Host, Users) = await TestHost.StartAsync(prefix, Clock, settings => settings with
        {
            QueuePrefix = prefix + "-",
            SeedDemoTenant = false,
            Queues = new QueueRunSettings { RetryDelay = TimeSpan.FromMilliseconds(100), PollInterval = TimeSpan.FromMilliseconds(50), Invisibility = TimeSpan.FromSeconds(5) },
        });
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>Waits until the emulator has posted every notification and the product's queues are empty.</summary>
    public Task SettleAsync() => Host.SettleAsync();

    /// <summary>GET requests the product made for a series' instances: one per sync of its circle.</summary>
    public int InstanceReads(string master) =>
        Host.Emulator.Log.Entries.Count(e => e.Method == "GET" && e.PathAndQuery.Split('?')[0].EndsWith($"/events/{master}/instances", StringComparison.Ordinal));
}

[CollectionDefinition(Name)]
public sealed class NotificationHostCollection : ICollectionFixture<NotificationHostFixture>
{
    public const string Name = "notification host";
}
