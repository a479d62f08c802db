using Microsoft.Playwright;

namespace Mentoring.Web.Tests;

/// <summary>axe on every section of the personal tab in each of Teams' three themes.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class ThemeAccessibilityTests(SecondBrowserFixture fixture)
{
    /// <summary>In the default theme each section opens by its deep link, so every deep link is walked too.</summary>
    [Fact]
    public async Task Every_section_opened_by_its_deep_link_has_no_serious_accessibility_violation()
    {
        var found = new List<string>();
        foreach (var section in Sections.All)
        {
            var page = await fixture.NewPageAsync();
            await page.DeepLinkAsync(section);
            await page.GotoAsync(fixture.TeamsUrl(Sections.Coordinator));
            await page.Tab().SectionShownAsync(section);
            found.AddRange((await page.SeriousViolationsAsync()).Select(v => $"#{section}: {v}"));
            await page.Context.CloseAsync();
        }

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    /// <summary>In the dark and high-contrast themes one page walks the sections by their tabs: one Teams client load per theme.</summary>
    [Theory]
    [InlineData("dark")]
    [InlineData("contrast")]
    public async Task Every_section_in_the_theme_has_no_serious_accessibility_violation(string theme)
    {
        var found = new List<string>();
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(Sections.Coordinator, "&theme=" + theme));
        var tab = page.Tab();
        foreach (var section in Sections.All)
        {
            await tab.Locator($"[role=tab][aria-controls='section-panel-{section}']").ClickAsync();
            await tab.SectionShownAsync(section);
            found.AddRange((await page.SeriousViolationsAsync()).Select(v => $"#{section}: {v}"));
        }

        Assert.True(found.Count == 0, $"{theme}:\n{string.Join("\n", found)}");
    }
}
