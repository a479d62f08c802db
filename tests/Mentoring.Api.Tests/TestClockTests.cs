using System.Text.RegularExpressions;
using Mentoring.LocalHost;

namespace Mentoring.Api.Tests;

/// <summary>
/// No test depends on today's date: no test source reads the machine's clock, and every local host or emulator a test starts
/// runs on a clock the test gave it (TestHost also refuses a fixture whose services replaced that clock).
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

    private static IEnumerable<(string Path, string Text)> TestSources()
    {
        var tests = Path.Combine(RepositoryRoot.Find(), "tests");
        var built = new[] { $"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", $"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}" };

        // Not yet the browser tests: their pages read the browser's own clock too (left for a change of its own).
        return Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories)
            .Where(f => !built.Any(b => f.Contains(b, StringComparison.Ordinal)))
            .Where(f => !f.Contains($"Mentoring.Web.Tests{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path.GetRelativePath(tests, f), File.ReadAllText(f)));
    }

    [GeneratedRegex(@"\b(?:DateTime|DateTimeOffset)\s*\.\s*(?:Now|UtcNow|Today)\b|\bTimeProvider\s*\.\s*System\b")]
    private static partial Regex MachineClock();

    [GeneratedRegex(@"\bLocalHostApp\s*\.\s*StartAsync\(")]
    private static partial Regex HostStart();

    [GeneratedRegex(@"\bM365Emulator\s*\.\s*StartAsync\([^;]*;")]
    private static partial Regex EmulatorStart();
}
