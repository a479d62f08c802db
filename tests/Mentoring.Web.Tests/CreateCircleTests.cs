using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class CreateCircleTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_person_creates_a_mentorship_with_someone_found_in_the_directory_then_schedules_it()
    {
        // Manon Lefèvre is in no circle: her tab opens on the welcome.
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl("manon.lefevre@contoso.example"));
        var tab = page.Tab();
        await tab.GetByRole(AriaRole.Button, new() { Name = "Créer un cercle" }).ClickAsync();

        var form = tab.GetByRole(AriaRole.Form, new() { Name = "Créer un cercle" });
        await form.GetByLabel("Nom du cercle").FillAsync("Mentorat Manon – Priya");
        await form.GetByLabel("Objectif du cercle").FillAsync("Passer du marketing à la gestion de produit.");
        await form.GetByRole(AriaRole.Combobox, new() { Name = "Rechercher une personne" }).FillAsync("Priya");
        await tab.GetByRole(AriaRole.Option, new() { NameRegex = new("^Priya Nair") }).ClickAsync();
        await Expect(tab.GetByRole(AriaRole.Listbox)).ToHaveCountAsync(0);
        await Expect(form.GetByRole(AriaRole.Combobox, new() { Name = "Rôle de Priya Nair" })).ToHaveValueAsync("mentor");
        await Expect(form.GetByRole(AriaRole.Combobox, new() { Name = "Rôle de Manon Lefèvre" })).ToHaveValueAsync("mentee");
        await form.GetByRole(AriaRole.Button, new() { Name = "Créer le cercle" }).ClickAsync();

        await Expect(tab.GetByRole(AriaRole.Status)).ToHaveTextAsync("Cercle « Mentorat Manon – Priya » créé.");
        await Expect(tab.GetByRole(AriaRole.Heading, new() { Name = "Créneaux où tout le monde est libre" })).ToBeVisibleAsync();
        await tab.GetByRole(AriaRole.Button, new() { Name = "Planifier avec la cadence choisie" }).ClickAsync();

        var card = tab.GetByRole(AriaRole.Group, new() { Name = "Mentorat Manon – Priya" });
        await Expect(card.GetByText(new System.Text.RegularExpressions.Regex("^Prochaine séance : "))).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(card.GetByRole(AriaRole.Link, new() { Name = "Rejoindre dans Teams" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Creating_a_mentorship_without_a_mentor_shows_the_API_reason_next_to_the_members()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl("emilie.tremblay@contoso.example"));
        var tab = page.Tab();
        await tab.GetByRole(AriaRole.Button, new() { Name = "Créer un cercle" }).ClickAsync();
        var form = tab.GetByRole(AriaRole.Form, new() { Name = "Créer un cercle" });
        await form.GetByLabel("Nom du cercle").FillAsync("Seule");
        await form.GetByRole(AriaRole.Button, new() { Name = "Créer le cercle" }).ClickAsync();

        // The API's 400 names the field; the form shows its French message there and nothing is created.
        await Expect(form.GetByText("Un mentorat réunit exactement un mentor et un mentoré.")).ToBeVisibleAsync();
        await Expect(form).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Expect(page.Tab().GetByRole(AriaRole.Heading, new() { Name = "Bienvenue ! Vous n'avez pas encore de cercle." })).ToBeVisibleAsync();
    }
}
