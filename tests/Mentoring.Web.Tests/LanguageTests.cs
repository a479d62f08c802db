using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>The language shown is the one the page declares: &lt;html lang&gt;, the window's title, the meeting tab's name.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class LanguageTests(SecondBrowserFixture fixture)
{
    [Theory]
    [InlineData("en-US", "en", "My circles — Mentoring circles", "Session")]
    [InlineData("fr-FR", "fr", "Mes cercles — Cercles de mentorat", "Séance")]
    [InlineData("de-DE", "fr", "Mes cercles — Cercles de mentorat", "Séance")] // no German: French is shown, and declared
    public async Task The_page_declares_the_language_it_shows_and_names_itself_and_the_meeting_tab_in_it(string locale, string lang, string title, string tabName)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(TeamsPages.Camille, $"&locale={locale}"));
        await Expect(page.Tab().GetByRole(AriaRole.Group, new() { Name = TeamsPages.Mentorship })).ToBeVisibleAsync();
        var frame = page.Frames.Single(f => f.Url.Contains("/tab/personal", StringComparison.Ordinal));

        Assert.Equal(lang, await frame.EvaluateAsync<string>("document.documentElement.lang"));
        Assert.Equal(title, await frame.TitleAsync());

        await page.GotoAsync(fixture.TeamsUrl(TeamsPages.Camille, $"&locale={locale}&view=calendar"));
        await page.OpenMeetingAsync(TeamsPages.Mentorship);
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = tabName, Exact = true })).ToBeVisibleAsync();
    }
}
