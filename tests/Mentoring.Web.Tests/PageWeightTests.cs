using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>
/// A ratchet on the JavaScript (gzip) each page loads until its content shows and it stops fetching scripts; what a person's
/// click needs is loaded by that click.
/// </summary>
/// <remarks>
/// Issue 20's goal is 120 KB per page and is not reached: the pages were 143.6–149.8 KB before the hosts' split, the error
/// boundary, the live region and the sign-in recovery, and 153.8 (personal tab) and 156.7 (meeting page) after them. The
/// budget holds them at 160 KB so that they cannot grow unnoticed while the weight is brought down (see docs/teams-app.md).
/// The Outlook pane's MSAL (nested app authentication, which Outlook requires of the pane: 71.6 KB) is counted apart, in a
/// file of its own (vite.config.ts), with its own bound: the pane's other scripts keep the pages' budget.
/// </remarks>
[Collection(BrowserCollection.Name)]
public sealed class PageWeightTests(BrowserFixture fixture)
{
    private const double BudgetKb = 160;

    private const double MsalBudgetKb = 75;

    [Fact]
    public async Task The_personal_tab_loads_at_most_160_KB_of_script_and_the_agenda_forms_only_when_asked()
    {
        var page = await fixture.NewPageAsync();
        var scripts = new ScriptRecorder(page.Context);
        await page.GotoAsync(fixture.TeamsUrl(TeamsPages.Camille));
        var mentorship = page.Tab().GetByRole(AriaRole.Group, new() { Name = TeamsPages.Mentorship });
        await Expect(mentorship.GetByRole(AriaRole.Link, new() { Name = "Rejoindre dans Teams" })).ToBeVisibleAsync();
        await scripts.QuietAsync();

        var kb = await scripts.GzipKbAsync();
        Assert.True(kb <= BudgetKb, $"the personal tab loaded {kb:0.0} KB of script (gzip), over the {BudgetKb} KB budget: {await scripts.DescribeAsync()}");

        var before = scripts.Count;
        await mentorship.GetByRole(AriaRole.Button, new() { Name = "Préparer la prochaine séance" }).ClickAsync();
        await Expect(mentorship.GetByRole(AriaRole.Textbox, new() { Name = "Nouveau point" })).ToBeVisibleAsync();
        Assert.True(scripts.Count > before, "the agenda's forms were already loaded before 'Préparer la prochaine séance'");
    }

    [Fact]
    public async Task The_meeting_page_loads_at_most_160_KB_of_script()
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
        Assert.True(kb <= BudgetKb, $"the meeting page loaded {kb:0.0} KB of script (gzip), over the {BudgetKb} KB budget: {await scripts.DescribeAsync()}");
    }

    [Fact]
    public async Task The_Outlook_task_pane_loads_at_most_160_KB_of_script_besides_MSAL()
    {
        var page = await fixture.NewPageAsync();
        var scripts = new ScriptRecorder(page.Context);

        // A new appointment in the emulator's Outlook with the pane open; Office.js (Microsoft's CDN; the emulator's stand-in here) is not counted.
        await page.GotoAsync($"{fixture.Host.Emulator.BaseUri}outlook/?user={TeamsPages.Camille}&view=new&pane=open");
        await Expect(page.FrameLocator("iframe.pane").GetByRole(AriaRole.Heading, new() { Name = "Planifier un cercle" })).ToBeVisibleAsync();
        await scripts.QuietAsync();

        var msal = await scripts.GzipKbAsync("msal-");
        var kb = await scripts.GzipKbAsync() - msal;
        Assert.True(msal <= MsalBudgetKb, $"the Outlook task pane loaded {msal:0.0} KB of MSAL (gzip), over its {MsalBudgetKb} KB bound: {await scripts.DescribeAsync()}");
        Assert.True(kb <= BudgetKb, $"the Outlook task pane loaded {kb:0.0} KB of script (gzip) besides MSAL, over the {BudgetKb} KB budget: {await scripts.DescribeAsync()}");
    }
}
