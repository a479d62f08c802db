using System.Text.RegularExpressions;

namespace Mentoring.Web.Tests;

/// <summary>
/// The built pages (web/dist) as a host receives them: one HTML entry per host, Office.js loaded as Microsoft documents in the
/// task pane's head, and no emulator code, no other host's SDK in a page's first download.
/// </summary>
public sealed partial class EntrySplitTests
{
    private const string OfficeJs = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

    /// <summary>What only the emulator's code says: its Office.js stand-in's channel, its old bridge's, its hooks and paths.</summary>
    private static readonly string[] EmulatorMarkers = ["office-js-standin", "mentoring-outlook", "__officeHost", "__outlookBridge", "/outlook/office.js", "tryBridge"];

    private static string Dist(params string[] parts) => Path.Combine([BrowserFixture.Root, "web", "dist", .. parts]);

    /// <summary>The scripts a page loads before anything lazy: its entry and the chunks its HTML preloads.</summary>
    private static string[] FirstScripts(string html) =>
        [.. ScriptSource().Matches(File.ReadAllText(Dist(html))).Select(m => m.Groups[1].Value).Where(s => s.StartsWith("/tab/assets/", StringComparison.Ordinal))
            .Select(s => File.ReadAllText(Dist("assets", s["/tab/assets/".Length..])))];

    [Fact]
    public void The_task_pane_loads_Office_js_from_Microsoft_in_its_head_before_its_own_scripts()
    {
        var html = File.ReadAllText(Dist("taskpane.html"));
        var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];
        var office = head.IndexOf($"<script type=\"text/javascript\" src=\"{OfficeJs}\"></script>", StringComparison.Ordinal);
        Assert.True(office >= 0, "taskpane.html's head does not load Office.js from Microsoft's CDN as a classic script");
        Assert.True(office < head.IndexOf("type=\"module\"", StringComparison.Ordinal), "Office.js must come before the pane's own scripts");
        Assert.DoesNotContain("appsforoffice", File.ReadAllText(Dist("index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void No_built_file_carries_emulator_code()
    {
        var files = Directory.GetFiles(Dist("assets"), "*.js").Concat([Dist("index.html"), Dist("taskpane.html")]).ToArray();
        Assert.NotEmpty(files);
        var found = files.SelectMany(f => EmulatorMarkers.Where(m => File.ReadAllText(f).Contains(m, StringComparison.Ordinal)).Select(m => $"{Path.GetFileName(f)}: {m}")).ToArray();
        Assert.True(found.Length == 0, "emulator code in the production bundle: " + string.Join(", ", found));
    }

    [Fact]
    public void The_Teams_pages_first_download_has_no_Office_js_code_nor_MSAL_and_the_pane_s_has_no_teams_js()
    {
        // Markers that survive minification: teams-js' handler name, MSAL's library SKU, Office.js' method the pane calls.
        var teams = FirstScripts("index.html");
        var pane = FirstScripts("taskpane.html");
        Assert.Contains(teams, s => s.Contains("registerOnThemeChangeHandler", StringComparison.Ordinal));
        Assert.DoesNotContain(teams, s => s.Contains("msal.js.browser", StringComparison.Ordinal) || s.Contains("convertToRestId", StringComparison.Ordinal));
        Assert.DoesNotContain(pane, s => s.Contains("registerOnThemeChangeHandler", StringComparison.Ordinal));
        Assert.Contains(pane, s => s.Contains("convertToRestId", StringComparison.Ordinal));
    }

    [GeneratedRegex("(?:src|href)=\"([^\"]+\\.js)\"")]
    private static partial Regex ScriptSource();
}
