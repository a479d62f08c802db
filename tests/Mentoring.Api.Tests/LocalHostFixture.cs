using Mentoring.LocalHost;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Api.Tests;

/// <summary>One local host per test run: Azurite, the emulator and the Functions triggers over real HTTP, tables of its own.</summary>
public sealed class LocalHostFixture : IAsyncLifetime
{
    /// <summary>Fixed at <see cref="TestClock.Start"/>: the tests of this collection share it and never move it.</summary>
    public FakeTimeProvider Clock { get; } = TestClock.New();

    public LocalHostApp Host { get; private set; } = null!;

    public Users Users { get; private set; } = null!;

    // A function written the way a newcomer might, without authentication of its own: the gate must still refuse it.
    public async Task InitializeAsync() => (Host, Users) = await TestHost.StartAsync(TestHost.Prefix("api"), Clock,
        settings => settings with { ExtraFunctionAssemblies = [typeof(ProbeFunctions).Assembly] });

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class LocalHostCollection : ICollectionFixture<LocalHostFixture>
{
    public const string Name = "local host";
}
