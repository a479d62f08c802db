using Microsoft.Extensions.Time.Testing;

namespace Mentoring.M365Emulator.Tests.BotConnector;

/// <summary>An emulator on a fake clock, so a test moves time by seconds or by the hour between requests.</summary>
public sealed class FakeClockEmulatorFixture : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2031, 3, 4, 9, 0, 0, TimeSpan.Zero));

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
