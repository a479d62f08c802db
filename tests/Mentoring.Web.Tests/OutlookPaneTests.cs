using Mentoring.M365Emulator;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>In the emulator's Outlook: a new appointment, its attendees, the task pane, Plan, Send → one series, adopted by its circle.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OutlookPaneTests(BrowserFixture fixture)
{
    private static DemoUser User(string alias) => DemoDirectory.Users.Single(u => u.UserPrincipalName.StartsWith(alias + "@", StringComparison.Ordinal));

    private static string NextThursday()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return today.AddDays(((int)DayOfWeek.Thursday - (int)today.DayOfWeek + 7) % 7 + 7).ToString("yyyy-MM-dd");
    }

    private async Task<IPage> ComposeAsync(DemoUser organizer, string subject, params DemoUser[] guests)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"{fixture.Host.Emulator.BaseUri}outlook/?user={organizer.UserPrincipalName}&view=new");
        await page.GetByLabel("Objet").FillAsync(subject);
        foreach (var guest in guests)
        {
            await page.GetByLabel("Participants", new() { Exact = true }).FillAsync(guest.UserPrincipalName);
            await page.GetByLabel("Participants", new() { Exact = true }).PressAsync("Enter");
        }

        await page.GetByLabel("Début").FillAsync(NextThursday() + "T18:00");
        await page.GetByLabel("Début").DispatchEventAsync("change");
        await page.GetByRole(AriaRole.Button, new() { Name = "Planifier un cercle" }).ClickAsync();
        return page;
    }

    private static IFrameLocator Pane(IPage page) => page.FrameLocator("iframe.pane");

    [Fact]
    public async Task A_peer_appointment_planned_in_the_pane_and_sent_becomes_one_series_adopted_by_the_new_circle_with_its_twelve_sessions()
    {
        var (lea, nicolas, chloe) = (User("lea.dubois"), User("nicolas.thomas"), User("chloe.robert"));
        var subject = "Pairs Outlook " + Guid.NewGuid().ToString("N")[..6];
        var page = await ComposeAsync(lea, subject, nicolas, chloe);

        var pane = Pane(page);
        await Expect(pane.GetByRole(AriaRole.Radio, new() { Name = "Créer un nouveau cercle (Groupe de pairs)" })).ToBeCheckedAsync();
        await Expect(pane.GetByText("Toutes les deux semaines", new() { Exact = false })).ToBeVisibleAsync();
        Assert.Empty(await page.SeriousViolationsAsync());
        await page.ScreenshotForReadmeAsync("outlook-task-pane.png");
        await pane.GetByRole(AriaRole.Button, new() { Name = "Planifier" }).ClickAsync();
        await Expect(pane.GetByText("C'est prêt", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Périodicité")).ToHaveValueAsync("weekly2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Calendrier" })).ToBeVisibleAsync();

        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));
        var probe = new OutlookProbe(fixture.Host);
        var sent = Assert.Single(await probe.EventsAsync(lea, subject));
        Assert.False(sent["isDraft"]?.GetValue<bool>() ?? false);
        Assert.StartsWith("https://teams.microsoft.com/", sent["onlineMeeting"]!["joinUrl"]!.GetValue<string>());
        Assert.Contains("mentoring-agenda", sent["body"]!["content"]!.GetValue<string>());
        var (circle, series) = await probe.CircleAsync(nicolas, subject);
        Assert.NotNull(circle);
        Assert.Equal(("scheduled", sent["id"]!.GetValue<string>(), 12), (series!["state"]!.GetValue<string>(), series["seriesMasterId"]!.GetValue<string>(), series["sessions"]!.AsArray().Count));
    }

    [Fact]
    public async Task A_mentee_who_plans_then_closes_the_form_before_sending_leaves_no_event_and_a_circle_without_series()
    {
        var (manon, hugo) = (User("manon.lefevre"), User("hugo.bernard"));
        var subject = "Mentorat Outlook " + Guid.NewGuid().ToString("N")[..6];
        var page = await ComposeAsync(manon, subject, hugo);

        var pane = Pane(page);
        await Expect(pane.GetByRole(AriaRole.Radio, new() { Name = "Mentoré (l'invité est mon mentor)" })).ToBeCheckedAsync();
        await Expect(pane.GetByText("Tous les mois", new() { Exact = false })).ToBeVisibleAsync();
        await pane.GetByRole(AriaRole.Button, new() { Name = "Planifier" }).ClickAsync();
        await Expect(pane.GetByText("C'est prêt", new() { Exact = false })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Fermer" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Calendrier" })).ToBeVisibleAsync();

        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));
        var probe = new OutlookProbe(fixture.Host);
        Assert.Empty(await probe.EventsAsync(manon, subject));
        var (circle, series) = await probe.CircleAsync(hugo, subject);
        Assert.NotNull(circle);
        Assert.Null(series);
    }
}
