using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>The personal tab's « Accord »: the mentor writes the agreement and confirms it, the mentee confirms it, both see it in force.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AgreementSectionTests(BrowserFixture fixture)
{
    // The seeded mentorship's agreement lives in the Relationship table only: no other browser test reads it.
    private const string Hugo = "hugo.bernard@contoso.example";
    private const string Camille = "camille.martin@contoso.example";
    private const string Mentorship = "Mentorat Camille – Hugo : vers la data analyse";

    [Fact]
    public async Task In_French_the_mentor_writes_the_agreement_both_confirm_it_and_it_shows_both_names_with_their_dates()
    {
        var hugo = await OpenAsync(Hugo);
        await hugo.GetByRole(AriaRole.Button, new() { Name = "Rédiger l'accord" }).ClickAsync();
        var form = hugo.GetByRole(AriaRole.Form, new() { Name = "Rédiger l'accord" });
        await form.GetByRole(AriaRole.Spinbutton, new() { NameRegex = new("^Durée") }).FillAsync("13");
        await form.GetByRole(AriaRole.Textbox, new() { NameRegex = new("^Entre les séances") }).FillAsync("Messages Teams, réponse sous 48 h");
        await form.GetByRole(AriaRole.Checkbox, new() { Name = "Ce qui se dit reste entre nous." }).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'accord" }).ClickAsync();
        await Expect(form.GetByText("La durée convenue va de 3 à 12 mois.")).ToBeVisibleAsync();
        await form.GetByRole(AriaRole.Spinbutton, new() { NameRegex = new("^Durée") }).FillAsync("6");
        await form.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'accord" }).ClickAsync();
        await hugo.GetByRole(AriaRole.Button, new() { Name = "Je confirme cet accord" }).ClickAsync();
        await Expect(hugo.GetByText("Hugo Bernard a confirmé le", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(hugo.GetByText("Camille Martin n'a pas encore confirmé")).ToBeVisibleAsync();

        var camille = await OpenAsync(Camille);
        await Expect(camille.GetByText("Chaque mois, pendant 6 mois. Entre les séances : Messages Teams, réponse sous 48 h")).ToBeVisibleAsync();
        await camille.GetByRole(AriaRole.Button, new() { Name = "Je confirme cet accord" }).ClickAsync();

        await Expect(camille.GetByText("Camille Martin a confirmé le", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(camille.GetByText("Hugo Bernard a confirmé le", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(camille.GetByText("Accord confirmé par tous, jusqu'au", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(camille.GetByRole(AriaRole.Button, new() { Name = "Je confirme cet accord" })).ToHaveCountAsync(0);
        Assert.Empty(await camille.Page.SeriousViolationsAsync());
    }

    /// <summary>The mentorship's card in the « Accord » section, for <paramref name="who"/>.</summary>
    private async Task<ILocator> OpenAsync(string who)
    {
        var page = await fixture.NewPageAsync();
        await page.DeepLinkAsync("relationship");
        await page.GotoAsync(fixture.TeamsUrl(who));
        var tab = page.Tab();
        await tab.SectionShownAsync("relationship");
        return tab.Locator("[role=tabpanel][id='section-panel-relationship'] li").Filter(new() { HasText = Mentorship }).First;
    }
}
