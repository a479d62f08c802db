using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>
/// The personal tab in every client that runs it: Teams, Outlook and the Microsoft 365 app (the unified manifest puts the
/// personal tab in all three), Teams on a phone (no parent frame: teams-js talks to the native host), and no host at all.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class TeamsHostsTests(SecondBrowserFixture fixture)
{
    [Theory]
    [InlineData("Outlook")]
    [InlineData("Office")]
    public async Task In_Outlook_and_the_Microsoft_365_app_the_personal_tab_starts_and_shows_my_circles(string host)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(TeamsPages.Camille, $"&host={host}"));

        // Those hosts declare fewer capabilities than Teams (no teamsCore, no pages.config): the tab starts on what it finds.
        var tab = page.Tab();
        await Expect(tab.GetByRole(AriaRole.Group, new() { Name = TeamsPages.Mentorship })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task On_a_phone_the_tab_runs_without_a_parent_frame_and_offers_to_show_my_data_instead_of_a_download()
    {
        var page = await fixture.NewPageAsync();
        await RunAsPhoneAsync(page, TeamsPages.Camille);
        await page.GotoAsync(new Uri(fixture.Host.BaseUri, "tab/personal").ToString());

        // The native side starts in its own frame first (people, apps): a longer wait for the first content on a loaded machine.
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = TeamsPages.Mentorship })).ToBeVisibleAsync(new() { Timeout = 40_000 });
        Assert.True(await page.EvaluateAsync<bool>("window.parent === window"), "the phone's tab is its own top window");

        // Teams on a phone saves no download: the section says so, and shows the data in the tab instead.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Mes données" }).ClickAsync();
        await Expect(page.GetByText("Teams sur téléphone ou tablette ne peut pas enregistrer de fichier", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Télécharger mes données" })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher mes données" }).ClickAsync();
        // Shown in a sandboxed frame where no script runs (Playwright's included): its document is read from srcdoc.
        var shown = page.Locator("iframe[title='Mes données']");
        await Expect(shown).ToBeVisibleAsync();
        Assert.Contains("Toutes mes données (JSON)", await shown.GetAttributeAsync("srcdoc") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_any_host_the_page_says_where_to_open_it_in_the_browsers_language()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(new Uri(fixture.Host.BaseUri, "tab/personal").ToString());

        // Headless Chromium's language is en-US: no host gives a locale, so the browser's is the one there is.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Open this page in Microsoft Teams" })).ToBeVisibleAsync();
        Assert.Equal("en", await page.EvaluateAsync<string>("document.documentElement.lang"));
    }

    /// <summary>
    /// What Teams mobile's WebView does before the page runs: puts window.nativeInterface in it (the emulator's
    /// native-interface.js, whose native side is the emulator's phone.html for this person).
    /// </summary>
    private async Task RunAsPhoneAsync(IPage page, string user, string query = "")
    {
        var emulator = fixture.Host.Emulator.BaseUri;
        using var http = new HttpClient();
        var script = await http.GetStringAsync(new Uri(emulator, "teams/native-interface.js"));
        var native = new Uri(emulator, $"teams/phone.html?user={Uri.EscapeDataString(user)}{query}");
        await page.Context.AddInitScriptAsync($"window.__teamsPhone = {{ native: \"{native}\" }};\n{script}");
    }
}
