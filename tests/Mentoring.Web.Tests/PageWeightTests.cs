using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>
/// A ratchet on the JavaScript (gzip) each page loads until its content shows and it stops fetching scripts, for every page a
/// person can land on: each section of the personal tab by its deep link, the meeting page, the Outlook task pane (MSAL
/// included: the pane asks the API, so for a token, before its content shows). What a person's click needs is loaded by that
/// click (the agenda's forms, the follow-up form, the erasure's dialog, the cohort form with its people picker).
/// </summary>
/// <remarks>
/// Issue 20's goal is 120 KB per page (<see cref="GoalKb"/>) and is not reached: what every Teams page needs before it renders
/// (React and ReactDOM ~64 KB, teams-js ~16, TanStack Query ~7, Fluent's provider, Button, Text and Griffel's runtime ~15;
/// the light theme is a style sheet and the app's styles are precompiled, see docs/teams-app.md) is ~118 KB. Each page's
/// budget is its figure when last lowered plus ~2 KB, so no page can grow unnoticed while the weight is brought down: lower
/// a budget when a page gets lighter, never raise it without saying why in docs/teams-app.md ("Page weight").
/// </remarks>
[Collection(SecondBrowserCollection.Name)]
public sealed class PageWeightTests(SecondBrowserFixture fixture, ITestOutputHelper output)
{
    private const double GoalKb = 120;

    // Measured by these tests on 2026-12-08 (KB gzip, each printed in the test's output), after Teams' light theme became a
    // style sheet and this app's styles were precompiled (web/build/griffelAot.ts: no Griffel style compiler in the pages):
    // #circles 145.5 (was 154.3), #followups 166.1 (175.5), #privacy 155.2 (166.8), #find 169.4 (178.3), meeting page 148.2
    // (158.0), task pane 200.9 with MSAL 71.7 (≤ 215); #goals 175.4 and #relationship 183.3 (first measured); #cohorts 160.9
    // (209.1; 202.5 before its form, with the people picker, opened on « Nouvelle cohorte »). Each budget: the figure plus ~2 KB.
    private static readonly Dictionary<string, double> SectionBudgetKb = new()
    {
        ["circles"] = 147, ["followups"] = 168, ["goals"] = 177, ["relationship"] = 185, ["privacy"] = 157, ["find"] = 171, ["cohorts"] = 163,
    };

    private const double MeetingBudgetKb = 150;

    private const double PaneBudgetKb = 203;

    [Fact]
    public async Task The_personal_tab_loads_the_agenda_forms_only_when_asked()
    {
        var page = await fixture.NewPageAsync();
        var scripts = new ScriptRecorder(page.Context);
        await page.GotoAsync(fixture.TeamsUrl(TeamsPages.Camille));
        var mentorship = page.Tab().GetByRole(AriaRole.Group, new() { Name = TeamsPages.Mentorship });
        await Expect(mentorship.GetByRole(AriaRole.Link, new() { Name = "Rejoindre dans Teams" })).ToBeVisibleAsync();
        await scripts.QuietAsync();

        var kb = await scripts.GzipKbAsync();
        output.WriteLine($"personal tab (landing, Camille): {kb:0.0} KB gzip: {await scripts.DescribeAsync()}");
        var budget = SectionBudgetKb["circles"];
        Assert.True(kb <= budget, $"the personal tab loaded {kb:0.0} KB of script (gzip), over its {budget} KB budget: {await scripts.DescribeAsync()}");

        var before = scripts.Count;
        await mentorship.GetByRole(AriaRole.Button, new() { Name = "Préparer la prochaine séance" }).ClickAsync();
        await Expect(mentorship.GetByRole(AriaRole.Textbox, new() { Name = "Nouveau point" })).ToBeVisibleAsync();
        Assert.True(scripts.Count > before, "the agenda's forms were already loaded before 'Préparer la prochaine séance'");
    }

    /// <summary>Manon (a coordinator) sees every section; a deep link opens the tab on it, as a link naming the section does.</summary>
    [Theory]
    [InlineData("circles")]
    [InlineData("followups")]
    [InlineData("goals")]
    [InlineData("relationship")]
    [InlineData("privacy")]
    [InlineData("find")]
    [InlineData("cohorts")]
    public async Task Each_section_of_the_personal_tab_by_its_deep_link_stays_within_its_budget(string section)
    {
        var page = await fixture.NewPageAsync();
        var scripts = new ScriptRecorder(page.Context);
        await page.DeepLinkAsync(section);
        await page.GotoAsync(fixture.TeamsUrl(Sections.Coordinator));
        await page.Tab().SectionShownAsync(section);
        await scripts.QuietAsync();

        var kb = await scripts.GzipKbAsync();
        var budget = SectionBudgetKb[section];
        output.WriteLine($"#{section}: {kb:0.0} KB gzip: {await scripts.DescribeAsync()}");
        Assert.True(kb <= budget, $"#{section} loaded {kb:0.0} KB of script (gzip), over its {budget} KB budget (goal {GoalKb}): "
            + await scripts.DescribeAsync());
    }

    [Fact]
    public async Task The_meeting_page_stays_within_its_budget()
    {
        var page = await fixture.NewPageAsync();
        var scripts = new ScriptRecorder(page.Context);

        // The calendar is the Teams client's own view: the scripts counted are those of the meeting's details tab and side
        // panel (the same files, counted once).
        await page.GotoAsync(fixture.TeamsUrl(TeamsPages.Camille, "&view=calendar"));
        await page.OpenMeetingAsync(TeamsPages.Mentorship);
        await Expect(page.SidePanel().GetByRole(AriaRole.Textbox, new() { Name = "Nouveau point" })).ToBeVisibleAsync();
        await scripts.QuietAsync();

        var kb = await scripts.GzipKbAsync();
        output.WriteLine($"meeting page: {kb:0.0} KB gzip: {await scripts.DescribeAsync()}");
        Assert.True(kb <= MeetingBudgetKb, $"the meeting page loaded {kb:0.0} KB of script (gzip), over its {MeetingBudgetKb} KB budget (goal {GoalKb}): "
            + await scripts.DescribeAsync());
    }

    [Fact]
    public async Task The_Outlook_task_pane_with_MSAL_stays_within_its_budget()
    {
        var page = await fixture.NewPageAsync();
        var scripts = new ScriptRecorder(page.Context);

        // A new appointment in the emulator's Outlook with the pane open; Office.js (Microsoft's CDN; the emulator's stand-in here) is not counted.
        await page.GotoAsync($"{fixture.Host.Emulator.BaseUri}outlook/?user={TeamsPages.Camille}&view=new&pane=open");
        await Expect(page.FrameLocator("iframe.pane").GetByRole(AriaRole.Heading, new() { Name = "Planifier un cercle" })).ToBeVisibleAsync();
        await scripts.QuietAsync();

        var kb = await scripts.GzipKbAsync();
        var msal = await scripts.GzipKbAsync("msal-");
        output.WriteLine($"task pane: {kb:0.0} KB gzip, MSAL {msal:0.0} of it: {await scripts.DescribeAsync()}");
        Assert.True(msal > 0, "the pane showed its content without MSAL: count MSAL apart no more, and lower the budget");
        Assert.True(kb <= PaneBudgetKb, $"the Outlook task pane loaded {kb:0.0} KB of script (gzip, {msal:0.0} of it MSAL), over its {PaneBudgetKb} KB budget "
            + $"(goal {GoalKb}): {await scripts.DescribeAsync()}");
    }
}
