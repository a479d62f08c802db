using Mentoring.LocalHost;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Api.Tests.Matching;

/// <summary>A local host of its own, without the demo seed, so each tenant's matching partition holds only what these tests wrote;
/// its clock starts at <see cref="TestClock.Start"/> and is moved by the tests.</summary>
public sealed class MatchingHostFixture : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = TestClock.New();

    public LocalHostApp Host { get; private set; } = null!;

    public Users Users { get; private set; } = null!;

    public string TablePrefix { get; } = TestHost.Prefix("mat");

    public async Task InitializeAsync()
    {
        var prefix = TablePrefix;

        // Requests now send cards: its card messages stay in queues of its own.
        (Host, Users) = await TestHost.StartAsync(prefix, Clock, settings => settings with { QueuePrefix = prefix + "-", SeedDemoTenant = false });
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class MatchingHostCollection : ICollectionFixture<MatchingHostFixture>
{
    public const string Name = "matching host";
}
