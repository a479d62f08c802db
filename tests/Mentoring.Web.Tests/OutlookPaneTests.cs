using Mentoring.M365Emulator;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>In the emulator's Outlook: a new appointment, its attendees, the task pane, Plan, Send → one series, adopted by its circle.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class OutlookPaneTests(SecondBrowserFixture fixture)
{
    private static DemoUser User(string alias) => OutlookPages.User(alias);

    private string NextThursday() => OutlookPages.NextThursday(fixture);

    private Task<IPage> ComposeAsync(DemoUser organizer, string subject, params DemoUser[] guests) => ComposeAsync("", organizer, subject, guests);

    /// <param name="query">More of the Outlook client's URL: <c>&amp;locale=en-GB</c>, <c>&amp;mailbox=1.6</c> (an Outlook without Mailbox 1.7/1.8).</param>
    private async Task<IPage> ComposeAsync(string query, DemoUser organizer, string subject, params DemoUser[] guests)
    {
        var page = await OutlookPages.ComposeAsync(fixture, query, organizer, subject, guests);
        await OutlookPages.OpenPaneAsync(page);
        return page;
    }

    private static IFrameLocator Pane(IPage page) => OutlookPages.Pane(page);

    [Fact]
    public async Task A_peer_appointment_planned_in_the_pane_and_sent_becomes_one_series_adopted_by_the_new_circle_with_its_twelve_sessions()
    {
        var (lea, nicolas, chloe) = (User("lea.dubois"), User("nicolas.thomas"), User("chloe.robert"));
        // The README's screenshot of the pane: a subject a person would write (no other test of this run uses it).
        const string subject = "Groupe de pairs : reconversion vers la data";
        var page = await ComposeAsync(lea, subject, nicolas, chloe);

        var pane = Pane(page);
        await Expect(pane.GetByRole(AriaRole.Radio, new() { Name = "Créer un nouveau cercle (Groupe de pairs)" })).ToBeCheckedAsync();
        await Expect(pane.GetByText("Toutes les deux semaines", new() { Exact = false })).ToBeVisibleAsync();
        Assert.Empty(await page.SeriousViolationsAsync());
        await page.ScreenshotForReadmeAsync("outlook-task-pane.png");
        await pane.GetByRole(AriaRole.Button, new() { Name = "Planifier" }).ClickAsync();
        await Expect(pane.GetByText("C'est prêt", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Périodicité")).ToHaveValueAsync("weekly2");

        // Sending twice (an impatient double click) sends one meeting.
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer" }).DblClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Calendrier" })).ToBeVisibleAsync();

        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));
        var probe = new OutlookProbe(fixture.Host);
        var sent = Assert.Single(await probe.EventsAsync(lea, subject));
        Assert.False(sent["isDraft"]?.GetValue<bool>() ?? false);
        Assert.StartsWith("https://teams.microsoft.com/", sent["onlineMeeting"]!["joinUrl"]!.GetValue<string>());
        Assert.Contains("mentoring-agenda", sent["body"]!["content"]!.GetValue<string>());
        // Read as Léa: Nicolas and Chloé are invited to the circle (the Outlook invitation is Léa's own) until they accept.
        var (circle, series) = await probe.CircleAsync(lea, subject);
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
        var (circle, series) = await probe.CircleAsync(manon, subject);
        Assert.NotNull(circle);
        Assert.Null(series);
    }

    [Fact]
    public async Task A_mentor_who_plans_and_sends_gives_the_mentee_the_sessions_in_her_Teams_tab()
    {
        // Inès (Brussels) mentors Chloé (Paris). Not Émilie or Julien: other tests need them in no circle.
        var (ines, chloe) = (User("ines.moreau"), User("chloe.robert"));
        var subject = "Mentorat Inès " + Guid.NewGuid().ToString("N")[..6];
        var page = await ComposeAsync(ines, subject, chloe);

        var pane = Pane(page);
        await pane.GetByRole(AriaRole.Radio, new() { Name = "Mentor (l'invité est mon mentoré)" }).CheckAsync();
        await pane.GetByRole(AriaRole.Button, new() { Name = "Planifier" }).ClickAsync();
        await Expect(pane.GetByText("C'est prêt", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Périodicité")).ToHaveValueAsync("monthly");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Calendrier" })).ToBeVisibleAsync();
        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));

        // The Outlook invitation is Inès's own; the circle is Chloé's only once she says yes in her tab.
        var teams = await fixture.NewPageAsync();
        await teams.GotoAsync(fixture.TeamsUrl(chloe.UserPrincipalName));
        var invitation = teams.Tab().GetByRole(AriaRole.Region, new() { Name = "Invitations" }).GetByRole(AriaRole.Group, new() { Name = subject });
        await invitation.GetByRole(AriaRole.Button, new() { Name = "Accepter" }).ClickAsync();
        var circle = teams.Tab().GetByRole(AriaRole.Group, new() { Name = subject });
        await Expect(circle.GetByText("Mentoré·e")).ToBeVisibleAsync();
        await Expect(circle.GetByText(new System.Text.RegularExpressions.Regex(@"Prochaine séance : \S+ \d+ \S+ à 18:00"))).ToBeVisibleAsync();
        await Expect(circle.GetByRole(AriaRole.Link, new() { Name = "Rejoindre dans Teams" })).ToBeVisibleAsync();
        Assert.Single(await new OutlookProbe(fixture.Host).EventsAsync(ines, subject));
    }

    [Fact]
    public async Task An_existing_circle_is_proposed_and_an_adoption_graph_refuses_is_finished_by_the_timer_once_sent_with_one_event()
    {
        var (lea, ines, priya) = (User("lea.dubois"), User("ines.moreau"), User("priya.nair"));
        var probe = new OutlookProbe(fixture.Host);
        var name = "Pairs existants " + Guid.NewGuid().ToString("N")[..6];
        await probe.CreateCircleAsync(lea, new System.Text.Json.Nodes.JsonObject
        {
            ["kind"] = "peerGroup",
            ["name"] = name,
            ["objective"] = "Avancer ensemble.",
            ["members"] = new System.Text.Json.Nodes.JsonArray([.. new[] { lea, ines, priya }.Select(p => (System.Text.Json.Nodes.JsonNode)new System.Text.Json.Nodes.JsonObject { ["personId"] = p.Id.ToString() })]),
            ["cadence"] = new System.Text.Json.Nodes.JsonObject { ["firstDate"] = NextThursday(), ["startTime"] = "18:00", ["timeZone"] = "Europe/Paris" },
        });
        var subject = "Pairs panne " + Guid.NewGuid().ToString("N")[..6];
        var page = await ComposeAsync(lea, subject, ines, priya);

        var pane = Pane(page);
        await Expect(pane.GetByRole(AriaRole.Radio, new() { Name = name })).ToBeCheckedAsync();
        fixture.Host.Emulator.Faults.Configure(new FaultSettings(FailureRate: 1.0, Statuses: [503], RetryAfterSeconds: 1, Seed: 11));
        try
        {
            await pane.GetByRole(AriaRole.Button, new() { Name = "Planifier" }).ClickAsync();
            await Expect(pane.GetByText("C'est prêt", new() { Exact = false })).ToBeVisibleAsync();
        }
        finally
        {
            fixture.Host.Emulator.Faults.Reset();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Calendrier" })).ToBeVisibleAsync();
        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));
        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));

        var sent = Assert.Single(await probe.EventsAsync(lea, subject));
        var (_, series) = await probe.CircleAsync(priya, name);
        Assert.Equal(("scheduled", sent["id"]!.GetValue<string>()), (series!["state"]!.GetValue<string>(), series["seriesMasterId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_Outlook_without_mailbox_1_8_gets_the_series_created_by_the_service_and_its_draft_closed_and_is_told_so()
    {
        // A mentorship both said yes to (the service creates series only for circles whose members all agreed).
        var (chloe, nicolas) = (User("chloe.robert"), User("nicolas.thomas"));
        var subject = "Mentorat ancien Outlook " + Guid.NewGuid().ToString("N")[..6];
        var probe = new OutlookProbe(fixture.Host);
        await probe.CreateCircleAsync(chloe, new System.Text.Json.Nodes.JsonObject
        {
            ["kind"] = "mentorship",
            ["name"] = subject,
            ["objective"] = "Réussir ma reconversion.",
            ["members"] = new System.Text.Json.Nodes.JsonArray(
                new System.Text.Json.Nodes.JsonObject { ["personId"] = chloe.Id.ToString(), ["role"] = "mentor" },
                new System.Text.Json.Nodes.JsonObject { ["personId"] = nicolas.Id.ToString(), ["role"] = "mentee" }),
            ["cadence"] = new System.Text.Json.Nodes.JsonObject { ["firstDate"] = NextThursday(), ["startTime"] = "18:00", ["timeZone"] = "Europe/Paris" },
        });
        var page = await ComposeAsync("&mailbox=1.6", chloe, subject, nicolas);

        var pane = Pane(page);
        await Expect(pane.GetByRole(AriaRole.Radio, new() { Name = subject })).ToBeCheckedAsync();
        await pane.GetByRole(AriaRole.Button, new() { Name = "Planifier" }).ClickAsync();
        await Expect(pane.GetByText("la série a été créée directement dans votre calendrier", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Calendrier" })).ToBeVisibleAsync(new() { Timeout = 15_000 });

        Assert.Empty(await probe.EventsAsync(chloe, subject));
        var (circle, series) = await probe.CircleAsync(nicolas, subject);
        Assert.NotNull(circle);
        Assert.Equal("scheduled", series!["state"]!.GetValue<string>());
        Assert.Equal(series["seriesMasterId"]!.GetValue<string>(), Assert.Single(await probe.EventsAsync(chloe, "Mentorat · " + subject))["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task In_English_the_pane_reads_in_English_and_axe_finds_no_serious_violation()
    {
        var (nicolas, lea) = (User("nicolas.thomas"), User("lea.dubois"));
        var page = await ComposeAsync("&locale=en-GB", nicolas, "Check-in " + Guid.NewGuid().ToString("N")[..6], lea);

        var pane = Pane(page);
        await Expect(pane.GetByRole(AriaRole.Heading, new() { Name = "Plan a circle" })).ToBeVisibleAsync();
        await Expect(pane.GetByText("Every month", new() { Exact = false })).ToBeVisibleAsync();
        Assert.Empty(await page.SeriousViolationsAsync());
    }
}
