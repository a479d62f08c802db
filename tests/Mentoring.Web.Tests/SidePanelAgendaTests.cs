using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>
/// The side panel on the real agendas API: two members at once, the keyboard alone, a commitment kept. Each test writes
/// texts of its own (a fresh id), so the tests sharing the seeded meeting never see each other's items as theirs.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SidePanelAgendaTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_item_one_member_adds_shows_in_the_other_members_side_panel_and_details_tab_within_5_seconds()
    {
        var camille = await OpenSidePanelAsync(TeamsPages.Camille);
        var hugo = await OpenSidePanelAsync(TeamsPages.Hugo);
        var text = "Relire mon CV de data analyste " + Guid.NewGuid().ToString("N")[..6];

        var mine = camille.SidePanel();
        await mine.GetByLabel("Nouveau point").FillAsync(text);
        await mine.GetByRole(AriaRole.Button, new() { Name = "Ajouter à l'ordre du jour" }).ClickAsync();
        await Expect(mine.GetByText(text)).ToBeVisibleAsync();

        // Hugo did nothing: only polling can bring Camille's item to him, in the side panel and the details tab alike
        // (both timed from the moment Camille's item showed for her).
        await Task.WhenAll(
            Expect(hugo.SidePanel().GetByText(text)).ToBeVisibleAsync(new() { Timeout = 5_000 }),
            Expect(hugo.Tab().GetByText(text)).ToBeVisibleAsync(new() { Timeout = 5_000 }));
        await Expect(hugo.SidePanel().GetByRole(AriaRole.Listitem).Filter(new() { HasText = text })).ToContainTextAsync("par Camille Martin");
    }

    [Fact]
    public async Task The_side_panel_works_with_the_keyboard_alone()
    {
        var page = await OpenSidePanelAsync(TeamsPages.Camille);
        var panel = page.SidePanel();
        var item = "Question posée au clavier " + Guid.NewGuid().ToString("N")[..6];
        var promise = "Engagement pris au clavier " + Guid.NewGuid().ToString("N")[..6];

        await TabToAsync(page, panel.GetByLabel("Nouveau point"));
        await page.Keyboard.TypeAsync(item);
        await page.Keyboard.PressAsync("Enter");
        await Expect(panel.GetByRole(AriaRole.Listitem).Filter(new() { HasText = item })).ToBeVisibleAsync();

        await TabToAsync(page, panel.GetByLabel("Nouvel engagement"));
        await page.Keyboard.TypeAsync(promise);
        await TabToAsync(page, panel.GetByRole(AriaRole.Button, new() { Name = "M'engager" }));
        await page.Keyboard.PressAsync("Enter");

        var done = panel.GetByRole(AriaRole.Button, new() { Name = $"Marquer « {promise} » comme fait" });
        await Expect(done).ToBeVisibleAsync();
        await TabToAsync(page, done);
        await page.Keyboard.PressAsync("Space");
        await Expect(panel.GetByRole(AriaRole.Listitem).Filter(new() { HasText = promise })).ToContainTextAsync("par Camille Martin · fait");
    }

    [Fact]
    public async Task A_member_marks_her_commitment_done_and_it_leaves_her_open_commitments()
    {
        var page = await OpenSidePanelAsync(TeamsPages.Camille);
        var panel = page.SidePanel();
        var promise = "Finir le module SQL " + Guid.NewGuid().ToString("N")[..6];
        await panel.GetByLabel("Nouvel engagement").FillAsync(promise);
        await panel.GetByRole(AriaRole.Button, new() { Name = "M'engager" }).ClickAsync();

        // Open, it is among her commitments in the personal tab too.
        var home = await fixture.NewPageAsync();
        await home.GotoAsync(fixture.TeamsUrl(TeamsPages.Camille));
        await Expect(home.Tab().GetByRole(AriaRole.Region, new() { Name = "Mes engagements en cours" }).GetByText(promise)).ToBeVisibleAsync();

        await panel.GetByRole(AriaRole.Button, new() { Name = $"Marquer « {promise} » comme fait" }).ClickAsync();

        // What the API now says, read by fresh pages: done for everyone, no longer open for her.
        var hugo = await OpenSidePanelAsync(TeamsPages.Hugo);
        var row = hugo.SidePanel().GetByRole(AriaRole.Listitem).Filter(new() { HasText = promise });
        await Expect(row).ToContainTextAsync("par Camille Martin · fait");
        await Expect(row.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await home.ReloadAsync();
        var mine = home.Tab().GetByRole(AriaRole.Region, new() { Name = "Mes engagements en cours" });
        await Expect(mine).ToBeVisibleAsync();
        await Expect(mine.GetByText(promise)).ToHaveCountAsync(0);
    }

    private async Task<IPage> OpenSidePanelAsync(string user)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(user, "&view=calendar"));
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new(Regex.Escape(TeamsPages.Mentorship)) }).First.ClickAsync();
        await Expect(page.SidePanel().GetByRole(AriaRole.Heading, new() { Name = "Ordre du jour" })).ToBeVisibleAsync();
        await Expect(page.Tab().GetByRole(AriaRole.Heading, new() { Name = "Ordre du jour" })).ToBeVisibleAsync();
        return page;
    }

    /// <summary>Presses Tab (from wherever focus is, through the Teams client into the panel) until the element has focus.</summary>
    private static async Task TabToAsync(IPage page, ILocator target)
    {
        await target.WaitForAsync();
        for (var i = 0; i < 120; i++)
        {
            if (await target.EvaluateAsync<bool>("e => e.ownerDocument.activeElement === e"))
                return;
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail("Tab never reached " + target);
    }
}
