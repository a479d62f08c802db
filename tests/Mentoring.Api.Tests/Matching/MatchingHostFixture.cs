using Mentoring.LocalHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Api.Tests.Matching;

/// <summary>A local host of its own, without the demo seed, so each tenant's matching partition holds only what these tests wrote;
/// its clock is fixed in 2027 and moved by the tests.</summary>
public sealed class MatchingHostFixture : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.Zero));

    public LocalHostApp Host { get; private set; } = null!;

    public Users Users { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _ = await Azurite.EnsureRunningAsync(RepositoryRoot.Find());
        var id = Guid.NewGuid().ToString("N")[..10];
        Host = await LocalHostApp.StartAsync(new LocalHostSettings
        {
            Url = "http://127.0.0.1:0",
            EmulatorUrl = "http://127.0.0.1:0",
            TablePrefix = "mat" + id,
            QueuePrefix = "mat" + id + "-", // requests now send cards: its card messages stay its own
            SeedDemoTenant = false,
            ConfigureServices = services => services.AddSingleton<TimeProvider>(Clock),
        });
        Users = new Users(Host);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class MatchingHostCollection : ICollectionFixture<MatchingHostFixture>
{
    public const string Name = "matching host";
}
