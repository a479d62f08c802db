using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class PersonalTabTests(BrowserFixture fixture)
{
    [Fact]
    public async Task In_French_my_circles_show_their_next_session_and_the_Teams_link()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(TeamsPages.Camille));
        var tab = page.Tab();

        await Expect(tab.GetByRole(AriaRole.Heading, new() { Name = "Mes cercles", Level = 1 })).ToBeVisibleAsync();
        var mentorship = tab.GetByRole(AriaRole.Group, new() { Name = TeamsPages.Mentorship });
        await Expect(mentorship.GetByText("Mentorat", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(mentorship.GetByText("Mentoré·e")).ToBeVisibleAsync();

        // The seed starts the mentorship at 18:00 Paris time: shown in Camille's zone, in French.
        await Expect(mentorship.GetByText(new System.Text.RegularExpressions.Regex(@"Prochaine séance : \S+ \d+ \S+ à 18:00"))).ToBeVisibleAsync();
        await Expect(mentorship.GetByRole(AriaRole.Link, new() { Name = "Rejoindre dans Teams" }))
            .ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^https://teams.microsoft.com/l/meetup-join/"));
        await Expect(tab.GetByRole(AriaRole.Group, new() { Name = TeamsPages.PeerGroup })).ToBeVisibleAsync();
        await Expect(tab.GetByRole(AriaRole.Img, new() { NameRegex = new("^" + System.Text.RegularExpressions.Regex.Escape(TeamsPages.Mentorship) + " : 2 séance") })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task In_English_and_another_time_zone_the_same_session_reads_in_English_at_local_time()
    {
        var page = await fixture.NewPageAsync("America/Toronto");
        await page.GotoAsync(fixture.TeamsUrl(TeamsPages.Camille, "&locale=en-US"));
        var tab = page.Tab();

        await Expect(tab.GetByRole(AriaRole.Heading, new() { Name = "My circles", Level = 1 })).ToBeVisibleAsync();
        var mentorship = tab.GetByRole(AriaRole.Group, new() { Name = TeamsPages.Mentorship });
        await Expect(mentorship.GetByText("Mentee")).ToBeVisibleAsync();

        // 18:00 in Paris is 12:00 in Toronto (both on winter or both on summer time, except a few days a year; the
        // seed's first sessions fall weeks from any switch-over only by chance, so accept the one-hour DST gap).
        await Expect(mentorship.GetByText(new System.Text.RegularExpressions.Regex(@"Next session: \w+, \w+ \d+ at (11|12|01):00\sPM"))).ToBeVisibleAsync();
        await Expect(mentorship.GetByRole(AriaRole.Link, new() { Name = "Join in Teams" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_tab_is_made_of_sections_the_selected_one_named_in_the_address()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(TeamsPages.Camille));
        var tab = page.Tab();

        var sections = tab.GetByRole(AriaRole.Tablist, new() { Name = "Rubriques de l'onglet" });
        var circles = sections.GetByRole(AriaRole.Tab, new() { Name = "Mes cercles" });
        await Expect(circles).ToHaveAttributeAsync("aria-selected", "true");
        var panel = tab.GetByRole(AriaRole.Tabpanel, new() { Name = "Mes cercles" });
        await Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "Mes cercles", Level = 1 })).ToBeVisibleAsync();

        // Selecting a section by the keyboard writes its id into the frame's address, so a reload or a link reopens it.
        await circles.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var frame = page.Frames.Single(f => f.Url.Contains("/tab/personal", StringComparison.Ordinal));
        await Expect(panel).ToBeVisibleAsync();
        Assert.EndsWith("#circles", frame.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task My_progress_is_the_APIs_a_commitment_kept_in_a_meeting_adds_one_kept_of_one_more_made()
    {
        var home = await fixture.NewPageAsync();
        await home.GotoAsync(fixture.TeamsUrl(TeamsPages.Hugo));
        var progress = home.Tab().GetByRole(AriaRole.Region, new() { Name = "Ma progression" });
        var (kept, made) = await KeptAndMadeAsync(progress);

        // Hugo makes a commitment in the meeting's side panel and keeps it.
        var meeting = await fixture.NewPageAsync();
        await meeting.GotoAsync(fixture.TeamsUrl(TeamsPages.Hugo, "&view=calendar"));
        await meeting.OpenMeetingAsync(TeamsPages.Mentorship);
        var panel = meeting.SidePanel();
        var promise = "Suivre le tutoriel pandas " + Guid.NewGuid().ToString("N")[..6];
        await panel.GetByLabel("Nouvel engagement").FillAsync(promise);
        await panel.GetByRole(AriaRole.Button, new() { Name = "M'engager" }).ClickAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = $"Marquer « {promise} » comme fait" }).ClickAsync();
        await Expect(panel.GetByRole(AriaRole.Listitem).Filter(new() { HasText = promise })).ToContainTextAsync("fait");

        await home.ReloadAsync();
        await Expect(progress.GetByText(new Regex($@"^Engagements tenus : {kept + 1} sur {made + 1} pris"))).ToBeVisibleAsync();
        await Expect(progress.GetByRole(AriaRole.Img, new() { NameRegex = new(@"^\S+ \d{4} : \d+ pris, [1-9]\d* tenu") })).Not.ToHaveCountAsync(0);
    }

    private static async Task<(int Kept, int Made)> KeptAndMadeAsync(ILocator progress)
    {
        var summary = progress.GetByText(new Regex("^(Engagements tenus : |Pas encore d'engagement)"));
        await Expect(summary).ToBeVisibleAsync();
        var match = Regex.Match(await summary.InnerTextAsync(), @"^Engagements tenus : (\d+) sur (\d+) pris");
        return match.Success ? (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)) : (0, 0);
    }

    [Fact]
    public async Task A_first_visit_shows_the_welcome_and_the_way_to_create_a_circle()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(TeamsPages.Julien));
        var tab = page.Tab();

        await Expect(tab.GetByRole(AriaRole.Heading, new() { Name = "Bienvenue ! Vous n'avez pas encore de cercle." })).ToBeVisibleAsync();
        await tab.GetByRole(AriaRole.Button, new() { Name = "Créer un cercle" }).ClickAsync();
        await Expect(tab.GetByRole(AriaRole.Form, new() { Name = "Créer un cercle" })).ToBeVisibleAsync();
        await Expect(tab.GetByText("Julien Petit (vous)")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Without_consent_the_tab_says_so_and_offers_to_give_it()
    {
        var page = await fixture.NewPageAsync();

        // Entra ID refusing the app's resource is what a tenant without admin consent gets.
        await page.Context.RouteAsync("**/oauth2/v2.0/token", async route =>
        {
            if (route.Request.PostData?.Contains("access_as_user", StringComparison.Ordinal) == true)
                await route.FulfillAsync(new() { Status = 400, ContentType = "application/json", Body = """{"error":"invalid_grant","error_description":"AADSTS65001: consent_required"}""" });
            else
                await route.ContinueAsync();
        });
        await page.GotoAsync(fixture.TeamsUrl(TeamsPages.Camille));

        var alert = page.Tab().GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("Votre accord est nécessaire");
        await Expect(alert).ToContainTextAsync("administrateur");
        await Expect(alert.GetByRole(AriaRole.Button, new() { Name = "Donner mon accord" })).ToBeVisibleAsync();
        await Expect(alert.GetByRole(AriaRole.Button, new() { Name = "Réessayer" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task With_the_API_unreachable_the_tab_says_so_and_offers_to_retry()
    {
        var page = await fixture.NewPageAsync();
        await page.Context.RouteAsync("**/api/circles", route => route.AbortAsync("connectionrefused"));
        await page.GotoAsync(fixture.TeamsUrl(TeamsPages.Camille, "&locale=en-GB"));

        var alert = page.Tab().GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("The service cannot be reached", new() { Timeout = 15_000 });
        await Expect(alert.GetByRole(AriaRole.Button, new() { Name = "Try again" })).ToBeVisibleAsync();
    }
}
