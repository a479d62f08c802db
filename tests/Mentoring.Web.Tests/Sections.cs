using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>The personal tab's sections, each reachable by its deep link (the page's URL hash, as a link to a section names it).</summary>
internal static class Sections
{
    /// <summary>Every section's hash; "cohorts" shows only to a coordinator (Manon is one).</summary>
    public static readonly string[] All = ["circles", "followups", "privacy", "find", "cohorts"];

    public const string Coordinator = "manon.lefevre@contoso.example";

    /// <summary>
    /// Makes the personal tab's page open on a section, as a deep link to it does: the hash is set in the tab's frame before
    /// the page's own script reads it (an init script runs in every frame at its start).
    /// </summary>
    public static Task DeepLinkAsync(this IPage page, string section) =>
        page.Context.AddInitScriptAsync(
            $"if (location.pathname.startsWith('/tab/personal') && !location.hash) history.replaceState(null, '', '#{section}');");

    /// <summary>Waits until the selected section's content shows: its panel is there and nothing in it is loading any more.</summary>
    public static async Task SectionShownAsync(this IFrameLocator tab, string section)
    {
        var panel = tab.Locator($"[role=tabpanel][id='section-panel-{section}']");
        await Expect(panel).ToBeVisibleAsync();
        await Expect(panel.Locator("h1, h2").First).ToBeVisibleAsync();
        await Expect(panel.GetByRole(AriaRole.Progressbar)).ToHaveCountAsync(0);
    }
}
