using Microsoft.Extensions.Time.Testing;

namespace Mentoring.M365Emulator.Tests;

/// <summary>One running emulator per test class; tests in a class run one after another, so mailbox limits hold.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    /// <summary>The emulator's clock, fixed: the tokens and events it stamps never depend on the day the tests run.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.Zero));

    public M365Emulator Emulator { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Emulator = await M365Emulator.StartAsync(time: Clock);
        Http = new HttpClient { BaseAddress = Emulator.BaseUri };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}
