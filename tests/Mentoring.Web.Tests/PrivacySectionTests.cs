using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>The personal tab's "Mes données": download one file, pause and resume, erase after a clear confirmation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PrivacySectionTests(BrowserFixture fixture)
{
    // Émilie is erased here: no other browser test needs her data (Manon, erased here before, coordinates the seeded cohort
    // that CohortsSectionTests reads; the tests share one host, so an erasure here reaches every test after it).
    private const string Emilie = "emilie.tremblay@contoso.example";

    [Fact]
    public async Task In_French_a_person_downloads_their_data_pauses_everything_and_erases_it_after_confirming()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(Emilie));
        var tab = page.Tab();
        await tab.GetByRole(AriaRole.Tab, new() { Name = "Mes données" }).ClickAsync();
        await Expect(tab.GetByRole(AriaRole.Heading, new() { Name = "Mes données", Level = 1 })).ToBeVisibleAsync();

        // ONE file (new Teams saves one download per page load): the readable page with the complete JSON inside it.
        var file = await page.RunAndWaitForDownloadAsync(() => tab.GetByRole(AriaRole.Button, new() { Name = "Télécharger mes données" }).ClickAsync());
        Assert.Equal("mes-donnees.html", file.SuggestedFilename);
        var html = await File.ReadAllTextAsync(await file.PathAsync());
        Assert.Contains("<script type=\"application/json\" id=\"mes-donnees-json\">", html, StringComparison.Ordinal);
        Assert.Contains("Toutes mes données (JSON)", html, StringComparison.Ordinal);
        await Expect(tab.GetByText("Votre fichier mes-donnees.html est téléchargé", new() { Exact = false })).ToBeVisibleAsync();

        // The one download of this page load is spent: no second download button that would silently save nothing.
        await Expect(tab.GetByRole(AriaRole.Button, new() { Name = "Télécharger mes données" })).ToHaveCountAsync(0);
        await Expect(tab.GetByRole(AriaRole.Button, new() { Name = "Afficher mes données" })).ToBeVisibleAsync();

        var pause = tab.GetByRole(AriaRole.Switch, new() { NameRegex = new("^Pause : plus de cartes") });
        await pause.ClickAsync();
        await Expect(pause).ToBeCheckedAsync();
        await Expect(tab.GetByText("Tout est en pause. Vous pouvez reprendre quand vous voulez.")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await tab.GetByRole(AriaRole.Tab, new() { Name = "Mes données" }).ClickAsync();
        await Expect(pause).ToBeCheckedAsync();
        Assert.Empty(await page.SeriousViolationsAsync());

        await tab.GetByRole(AriaRole.Button, new() { Name = "Effacer mes données…" }).ClickAsync();
        var confirm = tab.GetByRole(AriaRole.Alertdialog, new() { Name = "Effacer définitivement vos données ?" });
        await Expect(confirm.GetByText("C'est irréversible", new() { Exact = false })).ToBeVisibleAsync();
        await page.ScreenshotForReadmeAsync("privacy-erase-confirm.png");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Effacer définitivement" }).ClickAsync();

        // The erasure is queued work: the section reads its progress until the worker is done (a state, however long it takes).
        await Expect(tab.GetByText("Vos données ont été effacées. Vous avez quitté vos cercles.")).ToBeVisibleAsync(new() { Timeout = 120_000 });

        // The closed dialog gives focus back to its trigger (focusable, aria-disabled now): focus is not lost to the body, and
        // that focus is what lifts the modal's aria-hidden from the page. axe checks the page in that state, not some time after.
        await Expect(confirm).ToBeHiddenAsync();
        var trigger = tab.GetByRole(AriaRole.Button, new() { Name = "Effacer mes données…" });
        await Expect(trigger).ToBeFocusedAsync();
        await Expect(trigger).ToHaveAttributeAsync("aria-disabled", "true");
        await Expect(tab.Locator("#root")).Not.ToHaveAttributeAsync("aria-hidden", "true");
        Assert.Empty(await page.SeriousViolationsAsync());
    }

    [Fact]
    public async Task In_English_the_section_reads_in_English_and_cancelling_the_confirmation_erases_nothing()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(TeamsPages.Hugo, "&locale=en-US"));
        var tab = page.Tab();
        await tab.GetByRole(AriaRole.Tab, new() { Name = "My data" }).ClickAsync();

        await Expect(tab.GetByRole(AriaRole.Heading, new() { Name = "My data", Level = 1 })).ToBeVisibleAsync();
        await Expect(tab.GetByRole(AriaRole.Switch, new() { NameRegex = new("^Pause: no more follow-up cards") })).Not.ToBeCheckedAsync();
        await tab.GetByRole(AriaRole.Button, new() { Name = "Erase my data…" }).ClickAsync();
        var confirm = tab.GetByRole(AriaRole.Alertdialog, new() { Name = "Erase your data for good?" });
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();

        await Expect(confirm).Not.ToBeVisibleAsync();
        await Expect(tab.GetByRole(AriaRole.Button, new() { Name = "Erase my data…" })).ToBeVisibleAsync();
        Assert.Empty(await page.SeriousViolationsAsync());
        await tab.GetByRole(AriaRole.Tab, new() { Name = "My circles" }).ClickAsync();
        await Expect(tab.GetByRole(AriaRole.Group, new() { Name = TeamsPages.Mentorship })).ToBeVisibleAsync();
    }
}
