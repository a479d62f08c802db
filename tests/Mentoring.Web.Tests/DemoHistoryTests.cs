using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>
/// The demo has lived a month (DemoHistory, written through the product's use cases on the host's clock moved back): what a
/// newcomer opens first shows the accountability loop — yesterday's follow-ups waiting in « Suivis » and in the chat, the
/// commitments made in the sessions, progress with bars, and the next agenda carrying the commitments due.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DemoHistoryTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Camilles_tab_shows_her_commitments_in_progress_and_progress_bars_for_the_sessions_held()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(TeamsPages.Camille));
        var tab = page.Tab();

        // Made in yesterday's sessions, due at the next ones.
        var commitments = tab.GetByRole(AriaRole.Region, new() { Name = "Mes engagements en cours" });
        await Expect(commitments.GetByText("Préparer l'entretien avec la startup lyonnaise.")).ToBeVisibleAsync();
        await Expect(commitments.GetByText("Relire les bases de statistiques avant l'entretien.")).ToBeVisibleAsync();

        // All mine: each says when it is due, never who made it (a « par » with no name was drawn here before).
        await Expect(commitments.GetByText(new Regex(@"^à tenir pour le \d{1,2} \S+"))).Not.ToHaveCountAsync(0);
        await Expect(commitments.GetByText(new Regex(@"\bpar\b"))).ToHaveCountAsync(0);
        // Kept open since an earlier session of the group: its date has passed where the circle meets, and the list says so.
        await Expect(commitments.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Publier une analyse sur un jeu de données ouvert." }))
            .ToContainTextAsync(new Regex(@"en retard : à tenir pour le \d{1,2} \S+"));

        // Two sessions of the mentorship and three of the group were held, each prepared by her; commitments kept this month or last.
        var progress = tab.GetByRole(AriaRole.Region, new() { Name = "Ma progression" });
        await Expect(progress.GetByRole(AriaRole.Img, new() { NameRegex = Caption(TeamsPages.Mentorship, 2) })).ToBeVisibleAsync();
        await Expect(progress.GetByRole(AriaRole.Img, new() { NameRegex = Caption(TeamsPages.PeerGroup, 3) })).ToBeVisibleAsync();
        await Expect(progress.GetByRole(AriaRole.Img, new() { NameRegex = new(@"^\S+ \d{4} : [1-9]\d* pris, [1-9]\d* tenu") })).Not.ToHaveCountAsync(0);
        Assert.Empty(await page.SeriousViolationsAsync());
        await page.ScreenshotForReadmeAsync("personal-tab.png");
        await ScreenshotInDarkAsync(TeamsPages.Camille, null, "personal-tab-dark.png", tab => tab.GetByRole(AriaRole.Region, new() { Name = "Ma progression" }).GetByRole(AriaRole.Img).First);
    }

    [Fact]
    public async Task Yesterdays_sessions_wait_for_Camilles_follow_up_in_Suivis_and_as_cards_in_her_chat()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(TeamsPages.Camille));
        var tab = page.Tab();
        await tab.GetByRole(AriaRole.Tab, new() { Name = "Suivis" }).ClickAsync();
        var toAnswer = tab.GetByRole(AriaRole.Region, new() { Name = "À compléter" });
        foreach (var circle in new[] { TeamsPages.Mentorship, TeamsPages.PeerGroup })
        {
            await Expect(toAnswer.GetByRole(AriaRole.Group, new() { NameRegex = new($"^Séance du .* — {Regex.Escape(circle)}$") })).ToBeVisibleAsync();
        }

        // The group's first two sessions were answered: they are among her answers, not to complete.
        var answered = tab.GetByRole(AriaRole.Region, new() { Name = "Mes réponses récentes" });
        await Expect(answered.GetByRole(AriaRole.Group, new() { NameRegex = new($"— {Regex.Escape(TeamsPages.PeerGroup)}$") })).ToHaveCountAsync(2);
        Assert.Empty(await page.SeriousViolationsAsync());
        await page.ScreenshotForReadmeAsync("followups-section.png");
        await ScreenshotInDarkAsync(TeamsPages.Camille, "Suivis", "followups-section-dark.png", tab => tab.GetByRole(AriaRole.Region, new() { Name = "À compléter" }).GetByRole(AriaRole.Group).First);

        await page.GotoAsync(fixture.TeamsUrl(TeamsPages.Camille, "&view=chat"));
        var chat = page.GetByRole(AriaRole.List, new() { NameRegex = new("^Conversation avec ") });
        await Expect(chat.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Suivi de la séance du" })).ToHaveCountAsync(2);
        await Expect(chat.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Prochaine séance" }).First).ToBeVisibleAsync();
        Assert.Empty(await page.SeriousViolationsAsync());
        await CardScreenshotAsync(page, "followup-card.png");

        var dark = await fixture.NewPageAsync();
        await dark.GotoAsync(fixture.TeamsUrl(TeamsPages.Camille, "&view=chat&theme=dark"));
        await CardScreenshotAsync(dark, "followup-card-dark.png");
        await AssertCardInThemeAsync(dark);
    }

    /// <summary>
    /// In Teams' dark theme a card takes the chat's colours (Teams renders cards with the theme's host config): its background
    /// is the message's, not a white box, and its text keeps 4.5:1 on it (WCAG 1.4.3).
    /// </summary>
    private static async Task AssertCardInThemeAsync(IPage page)
    {
        var colours = await page.Locator(".chat .message").Last.EvaluateAsync<string[]>("""
            message => {
              const card = message.querySelector(".ac-adaptiveCard");
              const text = card.querySelector(".ac-textBlock");
              return [getComputedStyle(message).backgroundColor, getComputedStyle(card).backgroundColor, getComputedStyle(text).color];
            }
            """);
        Assert.True(Contrast.Ratio(colours[1], colours[0]) < 1.5, $"card {colours[1]} on message {colours[0]}");
        Assert.True(Contrast.Ratio(colours[2], colours[1]) >= 4.5, $"text {colours[2]} on card {colours[1]}");
    }

    [Fact]
    public async Task The_groups_next_agenda_carries_the_commitments_made_yesterday_and_those_still_open()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(TeamsPages.Camille, "&view=calendar"));
        await page.OpenMeetingAsync(TeamsPages.PeerGroup);
        var panel = page.SidePanel();

        var due = panel.GetByRole(AriaRole.Region, new() { Name = "Engagements à revoir" });
        await Expect(due.GetByText("Terminer la maquette de mon premier projet UX.")).ToBeVisibleAsync();
        await Expect(due.GetByText("Préparer mon entretien avec des exemples chiffrés.")).ToBeVisibleAsync();
        await Expect(due.GetByText("Publier une analyse sur un jeu de données ouvert.")).ToBeVisibleAsync();
        Assert.Empty(await page.SeriousViolationsAsync());
        await page.ScreenshotForReadmeAsync("side-panel.png");

        var dark = await fixture.NewPageAsync();
        await dark.GotoAsync(fixture.TeamsUrl(TeamsPages.Camille, "&view=calendar&theme=dark"));
        await dark.OpenMeetingAsync(TeamsPages.PeerGroup);
        await Expect(dark.SidePanel().GetByText("Terminer la maquette de mon premier projet UX.")).ToBeVisibleAsync();
        await dark.ScreenshotForReadmeAsync("side-panel-dark.png");
    }

    [Fact]
    public async Task Hugo_has_Leas_mentor_request_waiting_as_a_card_in_his_chat()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(TeamsPages.Hugo, "&view=chat"));
        var chat = page.GetByRole(AriaRole.List, new() { NameRegex = new("^Conversation avec ") });
        var request = chat.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Demande de mentorat de Léa Dubois" });
        await Expect(request.GetByRole(AriaRole.Button, new() { Name = "Accepter" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    /// <summary>The last follow-up card of the chat, at the top of a taller window (the card is long).</summary>
    private static async Task CardScreenshotAsync(IPage page, string name)
    {
        var card = page.GetByRole(AriaRole.List, new() { NameRegex = new("^Conversation avec ") })
            .GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Suivi de la séance du" }).Last;
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Envoyer" })).ToBeVisibleAsync();
        await page.SetViewportSizeAsync(1280, 1120);
        await card.EvaluateAsync("card => card.scrollIntoView({ block: 'start' })");
        await page.ScreenshotForReadmeAsync(name);
    }

    /// <summary>The same view in Teams' dark theme, once <paramref name="shown"/> is drawn.</summary>
    private async Task ScreenshotInDarkAsync(string user, string? section, string name, Func<IFrameLocator, ILocator> shown)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(user, "&theme=dark"));
        if (section is not null)
        {
            await page.Tab().GetByRole(AriaRole.Tab, new() { Name = section }).ClickAsync();
        }

        await Expect(shown(page.Tab())).ToBeVisibleAsync();
        await page.ScreenshotForReadmeAsync(name);
    }

    /// <summary>
    /// The progress chart's caption once the demo's history has at least two sessions held (French plurals by Intl.PluralRules).
    /// At least, not exactly: browser tests share one host, and those that move its clock past a session add to the count.
    /// </summary>
    private static Regex Caption(string circle, int held) =>
        new($"^{Regex.Escape(circle)} : ([{held}-9]|\\d{{2,}}) séances passées, dont \\d+ préparées? par moi");
}
