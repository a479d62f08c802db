using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>
/// The personal tab's "Cohortes", listed for a coordinator only (the Coordinator app role in her token): she gathers a cohort
/// with the people picker, proposes peer groups and reads the cohort's activity. Anyone else has no such tab.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CohortsSectionTests(BrowserFixture fixture)
{
    private const string Manon = "manon.lefevre@contoso.example";

    [Fact]
    public async Task In_French_the_coordinator_creates_a_cohort_proposes_groups_and_sees_who_is_grouped()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(Manon));
        var tab = page.Tab();
        await tab.GetByRole(AriaRole.Tab, new() { Name = "Cohortes" }).ClickAsync();
        await Expect(tab.GetByRole(AriaRole.Heading, new() { Name = "Cohortes", Level = 1 })).ToBeVisibleAsync();

        // The form (and its people picker) opens on its button, focus on its heading; created, it closes and focus is back.
        var open = tab.GetByRole(AriaRole.Button, new() { Name = "Nouvelle cohorte" });
        await open.ClickAsync();
        var form = tab.GetByRole(AriaRole.Form, new() { Name = "Nouvelle cohorte" });
        await Expect(form.GetByRole(AriaRole.Heading, new() { Name = "Nouvelle cohorte" })).ToBeFocusedAsync();
        var name = "Cohorte printemps " + Guid.NewGuid().ToString("N")[..4];
        await form.GetByLabel("Nom de la cohorte").FillAsync(name);
        await PickAsync(tab, form, "Cam", "Camille Martin");
        await PickAsync(tab, form, "Léa", "Léa Dubois");

        // Two people: the API refuses (a peer group needs three) and the reason sits with the people field.
        await form.GetByRole(AriaRole.Button, new() { Name = "Créer la cohorte" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Alert)).ToContainTextAsync("Il faut au moins 3 personnes pour former un groupe de pairs, la cohorte en compte 2");
        await Expect(tab.GetByRole(AriaRole.Combobox, new() { Name = "Cohorte affichée" }).GetByRole(AriaRole.Option, new() { Name = name })).ToHaveCountAsync(0);

        await PickAsync(tab, form, "Nico", "Nicolas Thomas");
        await PickAsync(tab, form, "Hugo", "Hugo Bernard");
        await form.GetByRole(AriaRole.Button, new() { Name = "Créer la cohorte" }).ClickAsync();
        await Expect(tab.GetByText($"Cohorte « {name} » créée.")).ToBeVisibleAsync();
        await Expect(form).ToHaveCountAsync(0);
        await Expect(open).ToBeFocusedAsync();

        var cohort = tab.GetByRole(AriaRole.Region, new() { Name = name });
        var people = cohort.GetByRole(AriaRole.Table);
        // Joining is an invitation: nobody is shown until they accept (here through the API, as each would in their own tab).
        await Expect(people.GetByRole(AriaRole.Row)).ToHaveCountAsync(1);
        await Expect(cohort.GetByText("Ont accepté : moins de 5 · sans réponse : moins de 5")).ToBeVisibleAsync();
        foreach (var person in new[] { "Camille", "Léa", "Nicolas", "Hugo" })
        {
            await DemoApi.AcceptCohortAsync(fixture, DemoApi.Named(person), name);
        }

        await page.ReloadAsync();
        await tab.GetByRole(AriaRole.Tab, new() { Name = "Cohortes" }).ClickAsync();
        await tab.GetByRole(AriaRole.Combobox, new() { Name = "Cohorte affichée" }).SelectOptionAsync(new SelectOptionValue { Label = name });
        await Expect(people.GetByRole(AriaRole.Row)).ToHaveCountAsync(5);
        // Columns: in a group formed from the cohort, visible as a peer (whether someone has a mentor is private: not shown).
        await Expect(people.GetByRole(AriaRole.Row, new() { Name = "Hugo Bernard" }).GetByRole(AriaRole.Cell)).ToHaveTextAsync(["Non", "Non"]);
        await Expect(people.GetByRole(AriaRole.Row, new() { Name = "Nicolas Thomas" }).GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync("Oui");
        await Expect(cohort.GetByText("Aucun groupe pour l'instant.")).ToBeVisibleAsync();

        // Hugo is visible as a mentor only: never grouped, and named as such; the three others form one group to accept.
        await cohort.GetByRole(AriaRole.Button, new() { Name = "Proposer des groupes" }).ClickAsync();
        await Expect(cohort.GetByRole(AriaRole.Status)).ToContainTextAsync("1 groupe proposé");
        await Expect(cohort.GetByRole(AriaRole.Status)).ToContainTextAsync("Pas encore visibles comme pairs, donc non groupés : Hugo Bernard.");
        await Expect(cohort.GetByText($"{name} · 1")).ToBeVisibleAsync();
        await Expect(cohort.GetByText("0 sur 3 ont accepté")).ToBeVisibleAsync();
        Assert.Empty(await page.SeriousViolationsAsync());

        // The seeded cohort shows its circles' activity, counts only.
        await tab.GetByRole(AriaRole.Combobox, new() { Name = "Cohorte affichée" }).SelectOptionAsync(new SelectOptionValue { Label = "Bilan de compétences – automne" });
        var seeded = tab.GetByRole(AriaRole.Region, new() { Name = "Bilan de compétences – automne" });
        await Expect(seeded.GetByRole(AriaRole.Row, new() { Name = "Sofia García" }).GetByRole(AriaRole.Cell)).ToHaveTextAsync(["Non", "Non"]);
        await page.ScreenshotForReadmeAsync("personal-cohorts.png");
        await tab.GetByRole(AriaRole.Combobox, new() { Name = "Cohorte affichée" }).SelectOptionAsync(new SelectOptionValue { Label = name });
        await Expect(cohort.GetByText($"{name} · 1")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task In_English_the_coordinator_has_the_Cohorts_tab_and_a_person_without_the_role_has_not()
    {
        var coordinator = await fixture.NewPageAsync();
        await coordinator.GotoAsync(fixture.TeamsUrl(Manon, "&locale=en-US"));
        var tabs = coordinator.Tab().GetByRole(AriaRole.Tablist, new() { Name = "Tab sections" });
        await tabs.GetByRole(AriaRole.Tab, new() { Name = "Cohorts" }).ClickAsync();
        await Expect(coordinator.Tab().GetByRole(AriaRole.Heading, new() { Name = "Cohorts", Level = 1 })).ToBeVisibleAsync();
        await Expect(coordinator.Tab().GetByRole(AriaRole.Combobox, new() { Name = "Cohort shown" })).ToBeVisibleAsync();
        Assert.Empty(await coordinator.SeriousViolationsAsync());

        // The form opens on its button (axe checks it open too) and "Cancel" closes it, focus back on the button.
        var open = coordinator.Tab().GetByRole(AriaRole.Button, new() { Name = "New cohort" });
        await open.ClickAsync();
        var form = coordinator.Tab().GetByRole(AriaRole.Form, new() { Name = "New cohort" });
        await Expect(form.GetByRole(AriaRole.Combobox, new() { Name = "Search for a person" })).ToBeVisibleAsync();
        Assert.Empty(await coordinator.SeriousViolationsAsync());
        await form.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(form).ToHaveCountAsync(0);
        await Expect(open).ToBeFocusedAsync();

        // Hugo has no role: the list has its other sections and no Cohorts, even when the address names it.
        var person = await fixture.NewPageAsync();
        await person.GotoAsync(fixture.TeamsUrl(TeamsPages.Hugo, "&locale=en-US"));
        var theirs = person.Tab().GetByRole(AriaRole.Tablist, new() { Name = "Tab sections" });
        await Expect(theirs.GetByRole(AriaRole.Tab, new() { Name = "Find" })).ToBeVisibleAsync();
        await Expect(theirs.GetByRole(AriaRole.Tab)).ToHaveCountAsync(await tabs.GetByRole(AriaRole.Tab).CountAsync() - 1);
        await Expect(theirs.GetByRole(AriaRole.Tab, new() { Name = "Cohorts" })).ToHaveCountAsync(0);
        await person.Tab().Locator("body").EvaluateAsync("() => { location.hash = 'cohorts'; }");
        await Expect(person.Tab().GetByRole(AriaRole.Heading, new() { Name = "Cohorts", Level = 1 })).ToHaveCountAsync(0);
        await theirs.GetByRole(AriaRole.Tab, new() { Name = "Find" }).ClickAsync();
        await Expect(person.Tab().GetByRole(AriaRole.Heading, new() { Name = "Find a mentor and peers", Level = 1 })).ToBeVisibleAsync();
        Assert.Empty(await person.SeriousViolationsAsync());
    }

    private static async Task PickAsync(IFrameLocator tab, ILocator form, string typed, string person)
    {
        await form.GetByRole(AriaRole.Combobox, new() { Name = "Rechercher une personne" }).FillAsync(typed);
        await tab.GetByRole(AriaRole.Option, new() { NameRegex = new("^" + System.Text.RegularExpressions.Regex.Escape(person)) }).ClickAsync();
        await Expect(form.GetByText(person, new() { Exact = true })).ToBeVisibleAsync();
    }
}
