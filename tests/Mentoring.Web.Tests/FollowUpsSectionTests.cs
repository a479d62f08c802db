using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Scheduling;
using Mentoring.M365Emulator;
using Mentoring.M365Emulator.BotFramework;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>The personal tab's "Suivis": a member answers a session's follow-up without the card, and pauses a circle's cards.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FollowUpsSectionTests(BrowserFixture fixture)
{
    private const string Manon = "manon.lefevre@contoso.example";

    [Fact]
    public async Task In_French_a_member_answers_the_follow_up_of_a_session_that_just_ended_and_it_moves_to_her_answers()
    {
        var circle = await PeerGroupWithEndedSessionAsync("Groupe suivi fr");
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(Manon));
        var tab = page.Tab();

        await tab.GetByRole(AriaRole.Tab, new() { Name = "Suivis" }).ClickAsync();
        await Expect(tab.GetByRole(AriaRole.Heading, new() { Name = "Mes suivis de séance", Level = 1 })).ToBeVisibleAsync();
        var followUp = tab.GetByRole(AriaRole.Group, new() { NameRegex = new($"^Séance du .* — {circle}$") });
        await followUp.GetByRole(AriaRole.Button, new() { Name = "Répondre" }).ClickAsync();
        var form = followUp.GetByRole(AriaRole.Form, new() { Name = "Répondre" });
        await form.GetByRole(AriaRole.Radio, new() { Name = "Oui" }).CheckAsync();
        await form.GetByLabel("Nouvel engagement 1 (pour la prochaine séance)").FillAsync("Préparer mon pitch");
        await form.GetByLabel("Ce qui vous bloque").FillAsync("Trouver des contacts dans la data");
        await form.GetByRole(AriaRole.Radio, new() { Name = "4", Exact = true }).CheckAsync();
        await form.GetByRole(AriaRole.Checkbox, new() { Name = "Léa Dubois" }).CheckAsync();
        Assert.Empty(await page.SeriousViolationsAsync());
        await form.GetByRole(AriaRole.Button, new() { Name = "Enregistrer mon suivi" }).ClickAsync();

        var answered = tab.GetByRole(AriaRole.Region, new() { Name = "Mes réponses récentes" });
        await Expect(answered.GetByRole(AriaRole.Group, new() { NameRegex = new($"— {circle}$") })).ToContainTextAsync("Participation : Oui · utilité : 4");
        await Expect(tab.GetByRole(AriaRole.Region, new() { Name = "À compléter" }).GetByText(circle)).ToHaveCountAsync(0);
        Assert.Empty(await page.SeriousViolationsAsync());
    }

    [Fact]
    public async Task In_English_the_cards_switch_pauses_a_circles_cards_and_stays_paused_after_a_reload()
    {
        var circle = await PeerGroupWithEndedSessionAsync("Follow-up group en");
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(Manon, "&locale=en-US"));
        var tab = page.Tab();

        await tab.GetByRole(AriaRole.Tab, new() { Name = "Follow-ups" }).ClickAsync();
        var cards = tab.GetByRole(AriaRole.Switch, new() { Name = $"Cards of “{circle}”" });
        await Expect(cards).ToBeCheckedAsync();
        await cards.ClickAsync();
        await Expect(cards).Not.ToBeCheckedAsync();
        Assert.Empty(await page.SeriousViolationsAsync());

        await page.ReloadAsync();
        await page.Tab().GetByRole(AriaRole.Tab, new() { Name = "Follow-ups" }).ClickAsync();
        await Expect(page.Tab().GetByRole(AriaRole.Switch, new() { Name = $"Cards of “{circle}”" })).Not.ToBeCheckedAsync();
        await Expect(page.Tab().GetByRole(AriaRole.Group, new() { NameRegex = new($"^Session of .* — {circle}$") })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_person_who_removed_the_app_is_told_in_French_that_cards_no_longer_reach_her_until_she_installs_it_again()
    {
        var julien = DemoApi.Named("Julien");
        Assert.True(await ChangeInstallationAsync(julien, "remove"));
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(julien.UserPrincipalName));
        var tab = page.Tab();
        await tab.GetByRole(AriaRole.Tab, new() { Name = "Suivis" }).ClickAsync();

        var notice = tab.GetByRole(AriaRole.Region, new() { Name = "Teams ne vous transmet plus nos cartes" });
        await Expect(notice).ToContainTextAsync("Vous avez retiré l'application : vous ne recevez plus de cartes de suivi ni de rappels. Vos suivis restent ici.");
        await Expect(notice).ToContainTextAsync("réinstallez l'application dans Teams");
        Assert.Empty(await page.SeriousViolationsAsync());

        Assert.True(await ChangeInstallationAsync(julien, "add"));
        await page.ReloadAsync();
        await page.Tab().GetByRole(AriaRole.Tab, new() { Name = "Suivis" }).ClickAsync();
        await Expect(page.Tab().GetByRole(AriaRole.Heading, new() { Name = "Mes suivis de séance", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Tab().GetByRole(AriaRole.Region, new() { Name = "Teams ne vous transmet plus nos cartes" })).ToHaveCountAsync(0);
    }

    /// <summary>The person removes or adds the app in Teams (the emulator), which posts installationUpdate to the product; answered 200.</summary>
    private async Task<bool> ChangeInstallationAsync(DemoUser who, string action)
    {
        var teams = fixture.Host.Emulator.BotConnector;
        var mark = teams.Posted.Count;
        if (action == "remove")
        {
            teams.Install(who.Id); // seeded, so there is an app to remove
            teams.Uninstall(who.Id);
        }
        else
        {
            teams.AddApp(who.Id);
        }

        var posted = await teams.Posted.WhenAnsweredAsync(who.Id, "installationUpdate", action, after: mark).WaitAsync(TimeSpan.FromSeconds(60));
        return posted.Status == 200;
    }

    /// <summary>
    /// A peer group of Manon (in no seeded circle, so other tests' views of the seeded people are untouched), Léa and Nicolas created through the API, whose first session ended an hour before the clock and
    /// the next is in two weeks. A series cannot start in the past, so the sessions are written through the product's own
    /// session store, as the scheduling timer writes what Outlook says happened.
    /// </summary>
    private async Task<string> PeerGroupWithEndedSessionAsync(string prefix)
    {
        var (manon, lea, nicolas) = (DemoApi.Named("Manon"), DemoApi.Named("Léa"), DemoApi.Named("Nicolas"));
        var name = $"{prefix} {Guid.NewGuid().ToString("N")[..6]}";
        var created = await DemoApi.CreateCircleAsync(fixture, manon, new JsonObject
        {
            ["kind"] = "peerGroup",
            ["name"] = name,
            ["objective"] = "Avancer ensemble.",
            ["members"] = new JsonArray([.. new[] { manon, lea, nicolas }.Select(p => (JsonNode)new JsonObject { ["personId"] = p.Id.ToString() })]),
            ["cadence"] = new JsonObject { ["firstDate"] = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime).AddDays(14).ToString("yyyy-MM-dd"), ["startTime"] = "18:00", ["timeZone"] = "Europe/Paris" },
        });
        var id = new CircleId(Guid.Parse(created));
        var now = fixture.Clock.GetUtcNow();
        var ended = now.AddHours(-2);
        Session At(DateTimeOffset start, SessionState state) => new(Session.IdFor(start), null, start, start, start.AddHours(1), state);
        await fixture.Host.Services.GetRequiredService<ISessionStore>().SaveAsync(
            new TenantId(DemoDirectory.ContosoTenantId), id, [At(ended, SessionState.Ended), At(ended.AddDays(14), SessionState.Upcoming)], []);
        return name;
    }
}
