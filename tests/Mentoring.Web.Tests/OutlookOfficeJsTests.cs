using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static Mentoring.Web.Tests.OutlookPages;

namespace Mentoring.Web.Tests;

/// <summary>
/// The pane through Office.js itself (the emulator's stand-in at Office.js's place): what Outlook may give it that the form
/// does not show, an all-day appointment, a mailbox in another zone than the browser, a theme switched mid-form, a save
/// that reaches the server late, a sign-in the broker cannot do silently.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class OutlookOfficeJsTests(SecondBrowserFixture fixture)
{
    private static string Subject(string what) => what + " " + Guid.NewGuid().ToString("N")[..6];

    [Theory]
    [InlineData("")] // no isAllDayEvent (Mailbox preview): midnight to midnight in the mailbox's zone
    [InlineData("&preview=1")] // Office.js' isAllDayEvent
    public async Task An_all_day_appointment_is_refused_with_its_reason_and_nothing_can_be_planned(string query)
    {
        var page = await ComposeAsync(fixture, query, User("lea.dubois"), Subject("Journée"), [User("nicolas.thomas"), User("chloe.robert")]);
        await page.GetByLabel("Toute la journée").CheckAsync();
        await OpenPaneAsync(page);

        var pane = Pane(page);
        await Expect(pane.GetByRole(AriaRole.Alert)).ToContainTextAsync("toute la journée");
        await Expect(pane.GetByRole(AriaRole.Button, new() { Name = "Planifier" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_mailbox_in_Paris_read_from_a_browser_in_New_York_proposes_and_plans_the_series_at_the_mailbox_s_18_00()
    {
        var lea = User("lea.dubois");
        var page = await ComposeAsync(fixture, "", lea, Subject("Fuseau"), [User("nicolas.thomas"), User("chloe.robert")], browserZone: "America/New_York");
        await OpenPaneAsync(page);

        var pane = Pane(page);
        await Expect(pane.GetByText("Toutes les deux semaines", new() { Exact = false })).ToContainTextAsync("18:00");
        await pane.GetByRole(AriaRole.Button, new() { Name = "Planifier" }).ClickAsync();
        await Expect(pane.GetByText("C'est prêt", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Début")).ToHaveValueAsync(NextThursday(fixture) + "T18:00");
        await Expect(page.GetByLabel("Périodicité")).ToHaveValueAsync("weekly2");
    }

    [Fact]
    public async Task Outlook_s_theme_switched_in_the_middle_of_the_form_redraws_the_pane_and_keeps_what_was_typed()
    {
        var page = await ComposeAsync(fixture, "", User("nicolas.thomas"), Subject("Thème"), [User("lea.dubois")]);
        await OpenPaneAsync(page);
        var pane = Pane(page);
        await pane.GetByLabel("Nom du cercle").FillAsync("Mon mentorat du soir");
        await Expect(pane.Locator("[data-theme='default']")).ToHaveCountAsync(1);

        await page.GetByLabel("Thème d'Outlook").SelectOptionAsync("dark");

        await Expect(pane.Locator("[data-theme='dark']")).ToHaveCountAsync(1);
        await Expect(pane.GetByLabel("Nom du cercle")).ToHaveValueAsync("Mon mentorat du soir");
        Assert.Empty(await page.SeriousViolationsAsync());
    }

    [Fact]
    public async Task A_save_that_reaches_the_server_late_as_in_cached_mode_is_adopted_once_it_is_there()
    {
        var lea = User("lea.dubois");
        var subject = Subject("Mode cache");
        var page = await ComposeAsync(fixture, "", lea, subject, [User("nicolas.thomas"), User("chloe.robert")]);
        await OpenPaneAsync(page);
        var pane = Pane(page);
        fixture.Host.Emulator.OutlookSync.SaveDelay = TimeSpan.FromMinutes(2);
        try
        {
            await pane.GetByRole(AriaRole.Button, new() { Name = "Planifier" }).ClickAsync();
            await Expect(pane.GetByRole(AriaRole.Status).Filter(new() { HasText = "Outlook enregistre le rendez-vous" })).ToBeVisibleAsync();
            Assert.Equal(1, fixture.Host.Emulator.OutlookSync.Pending);
            Assert.Empty(await new OutlookProbe(fixture.Host).EventsAsync(lea, subject));

            await fixture.AdvanceAsync(TimeSpan.FromMinutes(2));
            await Expect(pane.GetByText("C'est prêt", new() { Exact = false })).ToBeVisibleAsync();
        }
        finally
        {
            fixture.Host.Emulator.OutlookSync.SaveDelay = TimeSpan.Zero;
        }

        Assert.Single(await new OutlookProbe(fixture.Host).EventsAsync(lea, subject));
    }

    [Fact]
    public async Task A_token_the_broker_cannot_give_silently_is_asked_for_by_a_click_and_the_pane_then_opens()
    {
        var page = await ComposeAsync(fixture, "&naa=interaction", User("nicolas.thomas"), Subject("Connexion"), [User("lea.dubois")]);
        await OpenPaneAsync(page);

        var pane = Pane(page);
        await pane.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Expect(pane.GetByRole(AriaRole.Heading, new() { Name = "Planifier un cercle" })).ToBeVisibleAsync();
        await Expect(pane.GetByText("Tous les mois", new() { Exact = false })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_Outlook_without_nested_app_authentication_gives_the_token_by_Office_s_own_sign_in()
    {
        var page = await ComposeAsync(fixture, "&naa=none", User("nicolas.thomas"), Subject("Sans NAA"), [User("lea.dubois")]);
        await OpenPaneAsync(page);

        await Expect(Pane(page).GetByText("Tous les mois", new() { Exact = false })).ToBeVisibleAsync();
    }
}
