using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>
/// The personal tab's "Trouver": a mentee fills her profile, sees a mentor suggested with the reason, edits the drafted request
/// and sends it; the mentor, signed in elsewhere, accepts it and the mentorship circle is in "Mes cercles". The API's field
/// errors sit next to their field; a profile changed elsewhere is not overwritten.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FindSectionTests(BrowserFixture fixture)
{
    /// <summary>The seed gives Manon no profile: she is the mentee here.</summary>
    private const string Manon = "manon.lefevre@contoso.example";

    [Fact]
    public async Task In_French_a_mentee_asks_the_suggested_mentor_and_his_acceptance_makes_the_mentorship_circle()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(Manon));
        var tab = page.Tab();
        await tab.GetByRole(AriaRole.Tab, new() { Name = "Trouver" }).ClickAsync();
        await Expect(tab.GetByRole(AriaRole.Heading, new() { Name = "Trouver un mentor et des pairs", Level = 1 })).ToBeVisibleAsync();
        await Expect(tab.GetByText("Remplissez d'abord votre profil : les suggestions partent de votre projet.")).ToBeVisibleAsync();

        var profile = tab.GetByRole(AriaRole.Form, new() { Name = "Mon profil" });
        await profile.GetByLabel("Métier actuel").FillAsync("juriste");
        await profile.GetByLabel("Domaine visé").FillAsync("data analyse");
        await profile.GetByLabel("Métier visé").FillAsync("data analyste");
        await profile.GetByLabel("Compétences que je cherche").FillAsync("SQL, Python");
        await profile.GetByLabel("Ville").FillAsync("Paris");
        await profile.GetByRole(AriaRole.Checkbox, new() { Name = "Mardi, soir" }).CheckAsync();
        await Expect(profile.GetByRole(AriaRole.Radio, new() { Name = "Personne (rien n'est montré)" })).ToBeCheckedAsync();
        await profile.GetByRole(AriaRole.Button, new() { Name = "Enregistrer mon profil" }).ClickAsync();
        await Expect(profile.GetByRole(AriaRole.Status)).ToHaveTextAsync("Profil enregistré.");

        // Hugo (data analyst for ten years, French, places free) is suggested with the reason; Julien (2 mentees of 2) is not.
        var mentors = tab.GetByRole(AriaRole.Region, new() { Name = "Trouver un mentor" });
        var hugo = mentors.GetByRole(AriaRole.Group, new() { Name = "Hugo Bernard" });
        await Expect(hugo).ToContainTextAsync("a dix ans d'expérience en data analyse");
        await Expect(hugo).ToContainTextAsync("parle français");
        await Expect(mentors.GetByRole(AriaRole.Group, new() { Name = "Julien Petit" })).ToHaveCountAsync(0);

        await hugo.GetByRole(AriaRole.Button, new() { Name = "Demander à Hugo Bernard" }).ClickAsync();
        var request = hugo.GetByRole(AriaRole.Form, new() { Name = "Ma demande à Hugo Bernard" });
        var message = request.GetByRole(AriaRole.Textbox, new() { Name = "Pourquoi vous demandez à cette personne" });
        await Expect(message).ToHaveValueAsync(new Regex("^Bonjour Hugo Bernard,"));
        Assert.Empty(await page.SeriousViolationsAsync());
        await page.ScreenshotForReadmeAsync("personal-find.png");

        // An empty message: the API's error is shown with the field it concerns, and nothing is sent.
        await message.FillAsync("");
        await Expect(request).ToContainTextAsync("0 / 2000 caractères");
        await request.GetByRole(AriaRole.Button, new() { Name = "Envoyer ma demande" }).ClickAsync();
        await Expect(message).ToHaveAccessibleDescriptionAsync(new Regex("Ce texte ne peut pas être vide\\."));
        var requests = tab.GetByRole(AriaRole.Region, new() { Name = "Mes demandes" });
        await Expect(requests.GetByText("Aucune demande envoyée ni reçue.")).ToBeVisibleAsync();

        const string Mine = "Bonjour Hugo, je suis juriste et je vise la data analyse : un échange par mois vous irait-il ?";
        await message.FillAsync(Mine);
        await request.GetByRole(AriaRole.Button, new() { Name = "Envoyer ma demande" }).ClickAsync();
        await Expect(mentors.GetByRole(AriaRole.Status)).ToHaveTextAsync("Demande envoyée à Hugo Bernard.");
        var sent = requests.GetByRole(AriaRole.Group, new() { Name = "À Hugo Bernard" });
        await Expect(sent).ToContainTextAsync("En attente");
        await Expect(sent).ToContainTextAsync(Mine);
        Assert.Empty(await page.SeriousViolationsAsync());

        // Hugo, in his own Teams, finds the request in "Mes demandes" and accepts it with a word.
        var mentorPage = await fixture.NewPageAsync();
        await mentorPage.GotoAsync(fixture.TeamsUrl(TeamsPages.Hugo));
        var mentorTab = mentorPage.Tab();
        await mentorTab.GetByRole(AriaRole.Tab, new() { Name = "Trouver" }).ClickAsync();
        var received = mentorTab.GetByRole(AriaRole.Region, new() { Name = "Reçues" }).GetByRole(AriaRole.Group, new() { Name = "De Manon Lefèvre" });
        await Expect(received).ToContainTextAsync(Mine);
        await received.GetByLabel("Un mot pour Manon Lefèvre (facultatif)").FillAsync("Avec plaisir, Manon !");
        await received.GetByRole(AriaRole.Button, new() { Name = "Accepter" }).ClickAsync();
        await Expect(mentorTab.GetByRole(AriaRole.Region, new() { Name = "Mes demandes" }).GetByRole(AriaRole.Status))
            .ToHaveTextAsync("Demande acceptée : le mentorat avec Manon Lefèvre est dans « Mes cercles ».");
        await Expect(received).ToContainTextAsync("Acceptée");
        Assert.Empty(await mentorPage.SeriousViolationsAsync());

        await mentorTab.GetByRole(AriaRole.Tab, new() { Name = "Mes cercles" }).ClickAsync();
        await Expect(mentorTab.GetByRole(AriaRole.Group, new() { Name = "Mentorat Manon Lefèvre · Hugo Bernard" })).ToBeVisibleAsync();

        // Manon sees the answer and the same circle.
        await page.ReloadAsync();
        await page.Tab().GetByRole(AriaRole.Tab, new() { Name = "Trouver" }).ClickAsync();
        var answered = page.Tab().GetByRole(AriaRole.Region, new() { Name = "Mes demandes" }).GetByRole(AriaRole.Group, new() { Name = "À Hugo Bernard" });
        await Expect(answered).ToContainTextAsync("Acceptée");
        await Expect(answered).ToContainTextAsync("Sa réponse : Avec plaisir, Manon !");
        await page.Tab().GetByRole(AriaRole.Tab, new() { Name = "Mes cercles" }).ClickAsync();
        await Expect(page.Tab().GetByRole(AriaRole.Group, new() { Name = "Mentorat Manon Lefèvre · Hugo Bernard" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task In_English_a_field_error_sits_by_its_field_and_a_profile_changed_elsewhere_is_not_overwritten()
    {
        // Inès (a visible mentor and peer in the seed) has the tab open twice.
        const string Ines = "ines.moreau@contoso.example";
        var first = await OpenFindAsync(Ines);
        var second = await OpenFindAsync(Ines);
        var form = first.Tab().GetByRole(AriaRole.Form, new() { Name = "My profile" });
        await Expect(form.GetByLabel("City")).ToHaveValueAsync("Bruxelles");
        // Shown, not editable; the figure is whatever the app counted (the Outlook pane tests give Inès a mentee by invitation).
        await Expect(form.GetByText(new Regex(@"^Mentees today: \d+ \(counted by the app\)$"))).ToBeVisibleAsync();

        await form.GetByLabel("Languages").FillAsync("");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save my profile" }).ClickAsync();
        await Expect(form.GetByLabel("Languages")).ToHaveAccessibleDescriptionAsync(new Regex("This field is required\\."));
        Assert.Empty(await first.SeriousViolationsAsync());

        await form.GetByLabel("Languages").FillAsync("fr, en");
        await form.GetByLabel("City").FillAsync("Liège");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save my profile" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Status)).ToHaveTextAsync("Profile saved.");

        // The second tab still holds the version it read: its save is refused and says so; reloading shows Liège.
        var stale = second.Tab().GetByRole(AriaRole.Form, new() { Name = "My profile" });
        await stale.GetByLabel("City").FillAsync("Namur");
        await stale.GetByRole(AriaRole.Button, new() { Name = "Save my profile" }).ClickAsync();
        await Expect(stale.GetByRole(AriaRole.Alert)).ToContainTextAsync("Your profile was changed elsewhere since you opened it: nothing was overwritten.");
        Assert.Empty(await second.SeriousViolationsAsync());
        await stale.GetByRole(AriaRole.Button, new() { Name = "Reload my profile" }).ClickAsync();
        await Expect(second.Tab().GetByRole(AriaRole.Form, new() { Name = "My profile" }).GetByLabel("City")).ToHaveValueAsync("Liège");
        await Expect(second.Tab().GetByRole(AriaRole.Form, new() { Name = "My profile" }).GetByLabel("Languages")).ToHaveValueAsync("fr, en");
    }

    private async Task<IPage> OpenFindAsync(string user)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(user, "&locale=en-US"));
        await page.Tab().GetByRole(AriaRole.Tab, new() { Name = "Find" }).ClickAsync();
        await Expect(page.Tab().GetByRole(AriaRole.Heading, new() { Name = "Find a mentor and peers", Level = 1 })).ToBeVisibleAsync();
        return page;
    }
}
