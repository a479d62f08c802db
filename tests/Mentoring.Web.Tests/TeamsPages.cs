using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Mentoring.LocalHost;
using Microsoft.Playwright;

namespace Mentoring.Web.Tests;

/// <summary>What the tests look at, named as a person sees it: the tab frames of the Teams client, and axe's verdict.</summary>
internal static class TeamsPages
{
    public const string Camille = "camille.martin@contoso.example";
    public const string Hugo = "hugo.bernard@contoso.example";

    /// <summary>Julien Petit is in the directory but in no circle: his first visit.</summary>
    public const string Julien = "julien.petit@contoso.example";

    public const string Mentorship = "Mentorat Camille – Hugo : vers la data analyse";
    public const string PeerGroup = "Groupe de pairs – Reconversions numériques";

    public static IFrameLocator Tab(this IPage page) => page.FrameLocator("iframe[title$='content']");

    public static IFrameLocator SidePanel(this IPage page) => page.FrameLocator("iframe[title$='sidePanel']");

    /// <summary>
    /// Serious and critical axe violations on the page and every frame in it (the tab pages included). Fluent's focus
    /// sentinels are left out: Tabster puts an <c>&lt;i tabindex="0" aria-hidden="true" data-tabster-dummy&gt;</c> at each
    /// end of an arrow-key group (the tab list) that hands focus on to a real element the moment it gets it, which axe's
    /// aria-hidden-focus rule cannot know. Any other node of the same rule still fails the test.
    /// </summary>
    public static async Task<string[]> SeriousViolationsAsync(this IPage page)
    {
        AxeResult result = await page.RunAxe();
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => (v.Id, v.Impact, Nodes: v.Nodes.Where(n => !IsFocusSentinel(v.Id, n)).ToArray()))
            .Where(v => v.Nodes.Length > 0)
            .Select(v => $"{v.Id} ({v.Impact}): {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToArray();
    }

    private static bool IsFocusSentinel(string rule, AxeResultNode node) =>
        rule == "aria-hidden-focus" && node.Html?.StartsWith("<i ", StringComparison.Ordinal) == true
        && node.Html.Contains("data-tabster-dummy", StringComparison.Ordinal);

    public static Task ScreenshotForReadmeAsync(this IPage page, string name)
    {
        var path = Path.Combine(RepositoryRoot.Find(), "docs", "screenshots", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = path, Animations = ScreenshotAnimations.Disabled });
    }

    /// <summary>Opens the calendar in the Teams client and a meeting of the given circle (its next occurrence).</summary>
    public static async Task OpenMeetingAsync(this IPage page, string subject)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Calendrier" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new(System.Text.RegularExpressions.Regex.Escape(subject)) }).First.ClickAsync();
    }
}
