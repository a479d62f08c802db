using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>
/// My private notes in the side panel: written, saved (and said so), read back; never editable before the stored note is
/// read, so a text typed early cannot be replaced by it, nor an early save replace it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PrivateNoteTests(BrowserFixture fixture)
{
    private const string NoteLabel = "Mes notes privées (visibles par moi seul·e)";

    [Fact]
    public async Task A_note_is_saved_announced_and_the_editor_opens_only_once_the_stored_note_is_read_with_focus_in_it()
    {
        var text = "Relancer la recruteuse de la banque " + Guid.NewGuid().ToString("N")[..6];
        var first = await OpenSidePanelAsync(TeamsPages.Camille);
        var panel = first.SidePanel();
        await panel.GetByRole(AriaRole.Button, new() { Name = "Mes notes privées" }).ClickAsync();
        var note = panel.GetByRole(AriaRole.Textbox, new() { Name = NoteLabel });
        await Expect(note).ToBeVisibleAsync();
        Assert.True(await note.HasFocusAsync(), "the opened note did not take focus");
        await note.FillAsync(text);
        await panel.GetByRole(AriaRole.Button, new() { Name = "Enregistrer mes notes" }).ClickAsync();
        await Expect(panel.LiveRegion()).ToHaveTextAsync("Notes enregistrées.");

        // A second page whose read of the note is held until the test lets it through: meanwhile there is nothing to type in.
        var second = await OpenSidePanelAsync(TeamsPages.Camille);
        var release = new TaskCompletionSource();
        var held = new TaskCompletionSource();
        await second.Context.RouteAsync(new Regex("/api/circles/.+/note$"), async route =>
        {
            if (route.Request.Method != "GET")
            {
                await route.ContinueAsync();
                return;
            }

            held.TrySetResult();
            await release.Task;
            await route.ContinueAsync();
        });
        var again = second.SidePanel();
        await again.GetByRole(AriaRole.Button, new() { Name = "Mes notes privées" }).ClickAsync();
        await held.Task.WaitAsync(TimeSpan.FromSeconds(15));
        var notes = again.GetByRole(AriaRole.Region, new() { Name = NoteLabel });
        await Expect(notes.GetByRole(AriaRole.Progressbar)).ToBeVisibleAsync();
        await Expect(again.GetByRole(AriaRole.Textbox, new() { Name = NoteLabel })).ToHaveCountAsync(0);

        release.SetResult();
        var loaded = again.GetByRole(AriaRole.Textbox, new() { Name = NoteLabel });
        await Expect(loaded).ToHaveValueAsync(text);
        Assert.True(await loaded.HasFocusAsync(), "the note, once read, did not take focus");
    }

    private async Task<IPage> OpenSidePanelAsync(string user)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(user, "&view=calendar"));
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new(Regex.Escape(TeamsPages.Mentorship)) }).First.ClickAsync();
        await Expect(page.SidePanel().GetByRole(AriaRole.Heading, new() { Name = "Ordre du jour" })).ToBeVisibleAsync();
        return page;
    }
}
