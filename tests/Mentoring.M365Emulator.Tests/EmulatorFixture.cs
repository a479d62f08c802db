namespace Mentoring.M365Emulator.Tests;

/// <summary>One running emulator per test class; tests in a class run one after another, so mailbox limits hold.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public M365Emulator Emulator { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Emulator = await M365Emulator.StartAsync();
        Http = new HttpClient { BaseAddress = Emulator.BaseUri };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}
