using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

[Collection(SecondBrowserCollection.Name)]
public sealed class CreateCircleTests(SecondBrowserFixture fixture)
{
    [Fact]
    public async Task A_person_creates_a_mentorship_the_mentor_accepts_the_invitation_in_her_tab_then_it_is_scheduled()
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
        var priya = M365Emulator.DemoDirectory.Users.Single(u => u.UserPrincipalName == "priya.nair@contoso.example").Id;
        var hadTheApp = fixture.Host.Emulator.BotConnector.AppsOf(priya).Count > 0;
        await form.GetByRole(AriaRole.Button, new() { Name = "Créer le cercle" }).ClickAsync();

        // Nobody is in a circle without saying yes: Priya is invited, the series waits for her. Her Teams reads in English.
        await Expect(tab.GetByRole(AriaRole.Status)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Cercle « Mentorat Manon – Priya » créé\\. Invitation envoyée à Priya Nair"));
        // How she hears of it, as Teams knows it (the emulator's installations, not the product's): without the app, no card and
        // her tab shows it; with it (the demo's cohort cards may have installed it before this test), a card. Installs only add
        // up while this test runs, so "had it before" means a card and "still has none" means the tab.
        var notice = tab.GetByRole(AriaRole.List, new() { Name = "Comment chaque personne l'apprend" });
        await Expect(notice).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Priya Nair "));
        if (hadTheApp)
            await Expect(notice).ToHaveTextAsync("Priya Nair reçoit une carte d'invitation dans Teams.");
        else if (fixture.Host.Emulator.BotConnector.AppsOf(priya).Count == 0)
            await Expect(notice).ToHaveTextAsync("Priya Nair la verra dans son onglet personnel à sa prochaine visite : l'application n'est pas encore dans son Teams.");
        await tab.GetByRole(AriaRole.Button, new() { Name = "Terminé" }).ClickAsync();

        var priyasPage = await fixture.NewPageAsync();
        await priyasPage.GotoAsync(fixture.TeamsUrl("priya.nair@contoso.example"));
        var priyasTab = priyasPage.Tab();
        var invitation = priyasTab.GetByRole(AriaRole.Region, new() { Name = "Invitations" }).GetByRole(AriaRole.Group, new() { Name = "Mentorat Manon – Priya" });
        await Expect(invitation).ToContainTextAsync("Manon Lefèvre invites you to join “Mentorat Manon – Priya” (Mentorship).");
        Assert.Empty(await priyasPage.SeriousViolationsAsync());
        await invitation.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        var priyasCircle = priyasTab.GetByRole(AriaRole.List, new() { Name = "My circles" }).GetByRole(AriaRole.Group, new() { Name = "Mentorat Manon – Priya" });
        await Expect(priyasCircle).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(priyasTab.GetByRole(AriaRole.Heading, new() { Name = "Invitations" })).ToHaveCountAsync(0);
        Assert.Empty(await priyasPage.SeriousViolationsAsync());

        await page.ReloadAsync();
        var card = page.Tab().GetByRole(AriaRole.Group, new() { Name = "Mentorat Manon – Priya" });
        await card.GetByRole(AriaRole.Button, new() { Name = "Planifier les séances" }).ClickAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Planifier avec la cadence choisie" }).ClickAsync();
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
