using Microsoft.Playwright;

namespace Mentoring.Web.Tests;

/// <summary>axe on every section of the personal tab, opened by its deep link, in each of Teams' three themes.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ThemeAccessibilityTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("default")]
    [InlineData("dark")]
    [InlineData("contrast")]
    public async Task Every_section_in_the_theme_has_no_serious_accessibility_violation(string theme)
    {
        var found = new List<string>();
        foreach (var section in Sections.All)
        {
            var page = await fixture.NewPageAsync();
            await page.DeepLinkAsync(section);
            await page.GotoAsync(fixture.TeamsUrl(Sections.Coordinator, "&theme=" + theme));
            await page.Tab().SectionShownAsync(section);
            found.AddRange((await page.SeriousViolationsAsync()).Select(v => $"#{section}: {v}"));
            await page.Context.CloseAsync();
        }

        Assert.True(found.Count == 0, $"{theme}:\n{string.Join("\n", found)}");
    }
}
