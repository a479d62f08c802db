using System.Text.RegularExpressions;
using Mentoring.LocalHost;

namespace Mentoring.Api.Tests;

/// <summary>
/// No test depends on today's date: no test source reads the machine's clock, and every local host or emulator a test starts
/// runs on a clock the test gave it (TestHost also refuses a fixture whose services replaced that clock), and every browser page
/// runs on its host's clock (BrowserFixture; BrowserClockTests checks the pages' Date at run time).
/// </summary>
public sealed partial class TestClockTests
{
    [Fact]
    public void No_test_reads_the_machines_clock()
    {
        var readers = TestSources().SelectMany(f => MachineClock().Matches(f.Text).Select(m => $"{f.Path}: {m.Value}"));

        Assert.Empty(readers);
    }

    [Fact]
    public void Every_local_host_and_emulator_a_test_starts_is_given_a_clock()
    {
        var sources = TestSources().ToList();
        var hosts = sources.Where(f => HostStart().IsMatch(f.Text)).ToList();
        var emulators = sources.SelectMany(f => EmulatorStart().Matches(f.Text).Select(m => (f.Path, Call: m.Value))).ToList();

        Assert.True(hosts.Count >= 1 && emulators.Count >= 4, "the patterns no longer find where the tests start hosts and emulators");
        Assert.Empty(hosts.Where(f => !f.Text.Contains("Time = ", StringComparison.Ordinal)).Select(f => f.Path));
        Assert.Empty(emulators.Where(e => !e.Call.Contains("time:", StringComparison.Ordinal)).Select(e => $"{e.Path}: {e.Call}"));
    }

    [Fact]
    public void Every_browser_page_a_test_opens_runs_on_its_hosts_clock()
    {
        var browser = TestSources().Where(f => f.Path.StartsWith("Mentoring.Web.Tests", StringComparison.Ordinal)).ToList();
        var fixturePath = Path.Combine("Mentoring.Web.Tests", "BrowserFixture.cs");
        var fixture = Assert.Single(browser, f => f.Path == fixturePath).Text;

        // One place makes browser contexts (BrowserFixture.NewPageAsync): it puts each on the host's clock before it loads a page.
        Assert.Equal([fixturePath], browser.Where(f => BrowserContext().IsMatch(f.Text)).Select(f => f.Path));
        Assert.Matches(@"NewContextAsync\([^;]*;\s*await _pages\.FollowAsync\(context, _clock\.GetUtcNow\(\)\);", fixture);

        // The host's clock is moved only through the fixture, which moves the open pages with it.
        Assert.Empty(browser.Where(f => f.Path != fixturePath && ClockMove().IsMatch(f.Text)).Select(f => f.Path));
    }

    private static IEnumerable<(string Path, string Text)> TestSources()
    {
        var tests = Path.Combine(RepositoryRoot.Find(), "tests");
        var built = new[] { $"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", $"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}" };

        return Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories)
            .Where(f => !built.Any(b => f.Contains(b, StringComparison.Ordinal)))
            .Select(f => (Path.GetRelativePath(tests, f), File.ReadAllText(f)));
    }

    [GeneratedRegex(@"\b(?:DateTime|DateTimeOffset)\s*\.\s*(?:Now|UtcNow|Today)\b|\bTimeProvider\s*\.\s*System\b")]
    private static partial Regex MachineClock();

    [GeneratedRegex(@"\bLocalHostApp\s*\.\s*StartAsync\(")]
    private static partial Regex HostStart();

    [GeneratedRegex(@"\bM365Emulator\s*\.\s*StartAsync\([^;]*;")]
    private static partial Regex EmulatorStart();

    /// <summary>A browser context made by a test (a page from <c>Browser.NewPageAsync</c> has a context of its own too).</summary>
    [GeneratedRegex(@"\b(?:Browser|_browser)\s*\.\s*New(?:Context|Page)Async\(|\bLaunchPersistentContextAsync\(")]
    private static partial Regex BrowserContext();

    /// <summary>A FakeTimeProvider moved by hand, or reached by reflection: the open pages would stay behind.</summary>
    [GeneratedRegex(@"\.\s*(?:Advance|SetUtcNow)\s*\(|""(?:Advance|SetUtcNow)""")]
    private static partial Regex ClockMove();
}
