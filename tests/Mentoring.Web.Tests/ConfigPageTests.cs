using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>
/// The meeting tab's configuration page: Teams runs it when the tab is added to a meeting, and the content URL it saves
/// (pages.config.setConfig) is what the details tab and the side panel then load.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ConfigPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_configuration_page_saves_the_meeting_page_as_the_tab_content()
    {
        var page = await fixture.NewPageAsync();
        var configured = page.WaitForRequestAsync(new Regex("/tab/config"));
        await page.GotoAsync(fixture.TeamsUrl(TeamsPages.Hugo, "&view=calendar"));
        await page.OpenMeetingAsync(TeamsPages.Mentorship);
        await configured;

        // The configuration frame is gone once saved; both meeting frames show the page it named.
        await Expect(page.Locator("iframe[title$='settings']")).ToHaveCountAsync(0);
        await Expect(page.Locator("iframe[title$='content']")).ToHaveAttributeAsync("src", new Regex("/tab/meeting"));
        await Expect(page.Locator("iframe[title$='sidePanel']")).ToHaveAttributeAsync("src", new Regex("/tab/meeting"));
        await Expect(page.SidePanel().GetByRole(AriaRole.Heading, new() { Name = "Ordre du jour" })).ToBeVisibleAsync();
    }
}
