using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>The personal tab's sections, each reachable by its deep link (the page's URL hash, as a link to a section names it).</summary>
internal static class Sections
{
    /// <summary>Every section's hash; "cohorts" shows only to a coordinator (Manon is one).</summary>
    public static readonly string[] All = ["circles", "goals", "followups", "privacy", "find", "cohorts"];

    public const string Coordinator = "manon.lefevre@contoso.example";

    /// <summary>
    /// Makes the personal tab's page open on a section, as a deep link to it does: the tab's HTML, as served, gets a first
    /// script that puts the section's hash in the frame's URL before the page's own script reads it (the Teams client loads
    /// the manifest's content URL, which carries no hash).
    /// </summary>
    public static Task DeepLinkAsync(this IPage page, string section) =>
        page.Context.RouteAsync(new Regex("/tab/personal([?#].*)?$"), async route =>
        {
            var served = await route.FetchAsync();
            var html = await served.TextAsync();
            var withHash = html.Replace("<head>", $"<head><script>history.replaceState(null, '', '#{section}');</script>", StringComparison.Ordinal);
            await route.FulfillAsync(new() { Response = served, Body = withHash });
        });

    /// <summary>Waits until the selected section's content shows: its panel and its first heading are there.</summary>
    public static async Task SectionShownAsync(this IFrameLocator tab, string section)
    {
        var panel = tab.Locator($"[role=tabpanel][id='section-panel-{section}']");
        await Expect(panel).ToBeVisibleAsync();
        await Expect(panel.Locator("h1, h2").First).ToBeVisibleAsync();
    }
}
