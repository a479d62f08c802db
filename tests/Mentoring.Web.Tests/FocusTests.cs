using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>An opened form takes focus (its heading), and closing it gives focus back to the button that opened it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FocusTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Opening_the_create_form_moves_focus_to_its_heading_and_cancelling_returns_it_to_the_button()
    {
        // Julien is in no circle: "Créer un cercle" is the welcome's action. Cancelling writes nothing.
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(TeamsPages.Julien));
        var tab = page.Tab();
        var create = tab.GetByRole(AriaRole.Button, new() { Name = "Créer un cercle" });
        await create.ClickAsync();

        var form = tab.GetByRole(AriaRole.Form, new() { Name = "Créer un cercle" });
        var heading = form.GetByRole(AriaRole.Heading, new() { Name = "Créer un cercle" });
        await Expect(heading).ToBeVisibleAsync();
        Assert.True(await heading.HasFocusAsync(), "the opened form's heading did not take focus");

        await form.GetByRole(AriaRole.Button, new() { Name = "Annuler" }).ClickAsync();
        await Expect(form).ToHaveCountAsync(0);
        await Expect(create).ToBeVisibleAsync();
        Assert.True(await create.HasFocusAsync(), "focus did not return to « Créer un cercle »");
    }

    [Fact]
    public async Task Preparing_the_next_session_moves_focus_to_the_agenda_heading()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(TeamsPages.Camille));
        var card = page.Tab().GetByRole(AriaRole.Group, new() { Name = TeamsPages.Mentorship });
        await card.GetByRole(AriaRole.Button, new() { Name = "Préparer la prochaine séance" }).ClickAsync();

        var heading = card.GetByRole(AriaRole.Heading, new() { Name = "Ordre du jour" });
        await Expect(heading).ToBeVisibleAsync();
        Assert.True(await heading.HasFocusAsync(), "the opened agenda did not take focus");
    }
}
