using Mentoring.LocalHost;

namespace Mentoring.Api.Tests;

/// <summary>One local host per test run: Azurite, the emulator and the Functions triggers over real HTTP, tables of its own.</summary>
public sealed class LocalHostFixture : IAsyncLifetime
{
    public LocalHostApp Host { get; private set; } = null!;

    public Users Users { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Left running on purpose: other test projects may share this Azurite; the test script stops it.
        _ = await Azurite.EnsureRunningAsync(RepositoryRoot.Find());
        Host = await LocalHostApp.StartAsync(new LocalHostSettings
        {
            Url = "http://127.0.0.1:0",
            EmulatorUrl = "http://127.0.0.1:0",
            TablePrefix = "api" + Guid.NewGuid().ToString("N")[..10],

            // A function written the way a newcomer might, without authentication of its own: the gate must still refuse it.
            ExtraFunctionAssemblies = [typeof(ProbeFunctions).Assembly],
        });
        Users = new Users(Host);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class LocalHostCollection : ICollectionFixture<LocalHostFixture>
{
    public const string Name = "local host";
}
