using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>The personal tab's « Objectifs »: write a goal with five levels (two alike refused), say where I stand, see the trajectory and the T-score.</summary>
[Collection(BrowserCollection.Name)]
public sealed class GoalsSectionTests(BrowserFixture fixture)
{
    // Camille's goals live in the Goals table only: no other browser test reads them.
    private const string Camille = "camille.martin@contoso.example";

    private static readonly string[] Levels =
        ["Aucun entretien", "Un entretien", "Trois entretiens informatifs", "Quatre ou cinq entretiens", "Six entretiens et une piste"];

    [Fact]
    public async Task In_French_a_member_writes_a_goal_places_herself_once_this_month_and_reads_her_trajectory_and_T_score()
    {
        var page = await fixture.NewPageAsync();
        await page.DeepLinkAsync("goals");
        await page.GotoAsync(fixture.TeamsUrl(Camille));
        var tab = page.Tab();
        await tab.SectionShownAsync("goals");
        var circle = tab.Locator("[role=tabpanel][id='section-panel-goals'] li").First;
        await circle.GetByRole(AriaRole.Button, new() { Name = "Ajouter un objectif" }).ClickAsync();
        var form = circle.GetByRole(AriaRole.Form, new() { Name = "Ajouter un objectif" });
        await form.GetByRole(AriaRole.Textbox, new() { NameRegex = new("^Mon objectif") }).FillAsync("Trois entretiens informatifs avant l'été");
        var levelBoxes = new[] { "^−2", "^−1", "^0 ", "^\\+1", "^\\+2" }.Select(n => form.GetByRole(AriaRole.Textbox, new() { NameRegex = new(n) })).ToArray();
        for (var i = 0; i < 5; i++)
        {
            await levelBoxes[i].FillAsync(i == 3 ? Levels[1] : Levels[i]);
        }

        await form.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'objectif" }).ClickAsync();
        await Expect(form.GetByText("Deux niveaux ont le même texte", new() { Exact = false })).ToBeVisibleAsync();

        await levelBoxes[3].FillAsync(Levels[3]);
        await form.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'objectif" }).ClickAsync();
        await Expect(circle.GetByRole(AriaRole.Heading, new() { Name = "Trois entretiens informatifs avant l'été" })).ToBeVisibleAsync();
        await Expect(circle.GetByText("Score d'atteinte (T) : 40 au départ, 40 aujourd'hui.", new() { Exact = false })).ToBeVisibleAsync();

        var where = circle.GetByRole(AriaRole.Form, new() { Name = "Où j'en suis ce mois-ci" });
        await where.GetByRole(AriaRole.Radio, new() { Name = Levels[2] }).CheckAsync();
        await where.GetByRole(AriaRole.Button, new() { Name = "Enregistrer où j'en suis" }).ClickAsync();

        await Expect(circle.GetByText("Vous vous êtes situé ce mois-ci", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(circle.GetByText("Score d'atteinte (T) : 40 au départ, 50 aujourd'hui.", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(circle.GetByRole(AriaRole.Img, new() { NameRegex = new(": niveau 0$") })).ToHaveCountAsync(1);
        await Expect(circle.GetByRole(AriaRole.Img, new() { NameRegex = new("niveau −1 \\(au départ\\)$") })).ToHaveCountAsync(1);
        Assert.Empty(await page.SeriousViolationsAsync());
    }
}
