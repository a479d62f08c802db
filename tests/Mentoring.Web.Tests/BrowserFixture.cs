using Mentoring.Api.Tests;
using Mentoring.LocalHost;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace Mentoring.Web.Tests;

/// <summary>
/// ONE local host (Azurite, the emulator with its Teams client, the API and the built tab pages, seeded demo tenant) and ONE
/// headless Chromium from Debian's packages, shared by every browser test of a collection; each test gets its own browser context.
/// The host and every page run on one fixed instant (<see cref="TestClock.Start"/>): no browser test depends on today's date.
/// </summary>
/// <remarks>
/// Two collections, each with a host and a browser of its own (<see cref="BrowserCollection"/>, <see cref="SecondBrowserCollection"/>),
/// run side by side: a browser test mostly waits (page loads, polling, the host's queues), so one collection used about one core
/// of two; half the tests on each brings the browser suite from about 9 minutes to about 5 (docs/testing.md).
/// </remarks>
public class BrowserFixture : IAsyncLifetime
{
    private static readonly Lock ConsoleGate = new();

    private readonly FakeTimeProvider _clock = TestClock.New();
    private readonly PageClocks _pages = new();
    private IPlaywright? _playwright;

    /// <summary>"Now" for the API, the emulator and every page; moved on only by <see cref="AdvanceAsync"/>, which moves them all.</summary>
    public TimeProvider Clock => _clock;

    public LocalHostApp Host { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public static string Root { get; } = RepositoryRoot.Find();

    private static string ConsoleLog => Path.Combine(AppContext.BaseDirectory, "browser-console.log");

    /// <summary>Each collection's fixture by its type, for <see cref="ClosePagesAfterEachTestAttribute"/>.</summary>
    internal static System.Collections.Concurrent.ConcurrentDictionary<Type, BrowserFixture> ByType { get; } = new();

    public async Task InitializeAsync()
    {
        ByType[GetType()] = this;
        if (!File.Exists(Path.Combine(Root, "web", "dist", "index.html")))
            throw new InvalidOperationException("web/dist is not built: scripts/test.sh builds it (npm run build -w web).");

        // Left running on purpose: other test projects may share this Azurite; the test script stops it.
        _ = await Azurite.EnsureRunningAsync(Root);
        var prefix = "web" + Guid.NewGuid().ToString("N")[..10];
        Host = await LocalHostApp.StartAsync(new LocalHostSettings
        {
            Url = "http://127.0.0.1:0",
            EmulatorUrl = "http://127.0.0.1:0",
            TablePrefix = prefix,
            Time = _clock,

            // Queues of its own: another host on the same Azurite must not take this one's dispatch messages.
            QueuePrefix = prefix + "-",
        });
        // Two cores shared with other work: the first page of a run compiles and loads everything cold.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>
    /// A fresh browser context in a person's time zone, on the host's instant (see <see cref="PageClocks"/>), with nothing leaving
    /// the machine (teams-js' CDN list). The only way a test gets a page: TestClockTests checks no test makes a context itself.
    /// </summary>
    public async Task<IPage> NewPageAsync(string timeZone = "Europe/Paris")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { TimezoneId = timeZone, ViewportSize = new() { Width = 1280, Height = 800 } });
        await _pages.FollowAsync(context, _clock.GetUtcNow());
        await context.RouteAsync(url => !url.StartsWith("http://127.0.0.1", StringComparison.Ordinal) && !url.StartsWith("http://localhost", StringComparison.Ordinal),
            route => route.AbortAsync());
        var page = await context.NewPageAsync();

        // The browser's console goes to the test output file, so a failing test shows what the page said.
        page.Console += (_, m) => Log($"{m.Type}: {m.Text} ({m.Location})");
        page.PageError += (_, e) => Log($"pageerror: {e}");
        return page;
    }

    // Two collections' pages write to one file: one line at a time.
    private static void Log(string line)
    {
        lock (ConsoleGate)
            File.AppendAllText(ConsoleLog, line + "\n");
    }

    /// <summary>Moves "now" on for the host and the emulator, then for every open page, so a test never sees them disagree.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        _clock.Advance(by);
        await _pages.SetAsync(_clock.GetUtcNow());
    }

    /// <summary>Closes every page still open: a page left open keeps polling the host (the chat, the tab's queries) for the rest of the run.</summary>
    internal Task ClosePagesAsync() => _pages.CloseAllAsync();

    /// <summary>The emulator's Teams client URL for a view, signed in as a demo person.</summary>
    public string TeamsUrl(string user, string query = "") => $"{Host.Emulator.BaseUri}teams/?user={user}{query}";

    public virtual async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Host is not null)
            await Host.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
[ClosePagesAfterEachTest]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

/// <summary>The second host and browser: its tests run alongside the first collection's (see <see cref="BrowserFixture"/>).</summary>
public sealed class SecondBrowserFixture : BrowserFixture;

[CollectionDefinition(Name)]
[ClosePagesAfterEachTest]
public sealed class SecondBrowserCollection : ICollectionFixture<SecondBrowserFixture>
{
    public const string Name = "browser (second host)";
}
