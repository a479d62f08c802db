using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

[Collection(SecondBrowserCollection.Name)]
public sealed class MeetingPanelTests(SecondBrowserFixture fixture)
{
    [Fact]
    public async Task Opening_a_circle_meeting_shows_its_circle_in_the_side_panel_and_the_details_tab()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(TeamsPages.Hugo, "&view=calendar"));
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new(System.Text.RegularExpressions.Regex.Escape(TeamsPages.Mentorship)) }).First.ClickAsync();

        var panel = page.SidePanel();
        await Expect(panel.GetByRole(AriaRole.Heading, new() { Name = TeamsPages.Mentorship })).ToBeVisibleAsync();
        await Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "Ordre du jour" })).ToBeVisibleAsync();
        await Expect(panel.GetByText(new System.Text.RegularExpressions.Regex(@"^Séance du \S+ \d+ \S+ à 18:00"))).ToBeVisibleAsync();
        await Expect(page.Tab().GetByRole(AriaRole.Heading, new() { Name = TeamsPages.Mentorship })).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("default")]
    [InlineData("dark")]
    [InlineData("contrast")]
    public async Task Every_page_in_every_theme_has_no_serious_accessibility_violation(string theme)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(TeamsPages.Camille, "&theme=" + theme));
        await Expect(page.Tab().GetByRole(AriaRole.Group, new() { Name = TeamsPages.Mentorship }).GetByRole(AriaRole.Link)).ToBeVisibleAsync();
        Assert.Empty(await page.SeriousViolationsAsync());

        await page.OpenMeetingAsync(TeamsPages.Mentorship);
        await Expect(page.SidePanel().GetByRole(AriaRole.Heading, new() { Name = "Ordre du jour" })).ToBeVisibleAsync();
        Assert.Empty(await page.SeriousViolationsAsync());
    }

    [Fact]
    public async Task Switching_the_Teams_theme_restyles_the_open_tabs_without_reloading()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(TeamsPages.Camille));
        var heading = page.Tab().GetByRole(AriaRole.Heading, new() { Name = "Mes cercles", Level = 1 });
        await Expect(heading).ToBeVisibleAsync();
        var light = await heading.EvaluateAsync<string>("h => getComputedStyle(h).color");

        await page.GetByLabel("Thème").SelectOptionAsync("dark");
        await Expect(heading).Not.ToHaveCSSAsync("color", light);
        var dark = await heading.EvaluateAsync<string>("h => getComputedStyle(h).color");

        var surface = page.Tab().Locator("main");
        var darkBackground = await surface.EvaluateAsync<string>("m => getComputedStyle(m.parentElement).backgroundColor");
        await page.GetByLabel("Thème").SelectOptionAsync("contrast");
        await Expect(page.Tab().Locator("[data-theme='contrast']")).ToHaveCountAsync(1);
        Assert.NotEqual(darkBackground, await surface.EvaluateAsync<string>("m => getComputedStyle(m.parentElement).backgroundColor"));
        Assert.Equal("rgb(255, 255, 255)", dark);

        // Back to the default: the light theme is a style sheet on :root (no script), which the provider's dark and
        // high-contrast variables no longer cover.
        await page.GetByLabel("Thème").SelectOptionAsync("default");
        await Expect(page.Tab().Locator("[data-theme='default']")).ToHaveCountAsync(1);
        await Expect(heading).ToHaveCSSAsync("color", light);
    }
}
