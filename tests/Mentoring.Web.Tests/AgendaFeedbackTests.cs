using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>
/// Marking an agenda item discussed (the organizer's tick, Hugo for the mentorship), said through the page's live region;
/// a tick on a stale page (another of his pages ticked it since) is refused by the API (409, the item changed since it was read) and said as a conflict where it
/// was taken, instead of the checkbox silently flipping back.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AgendaFeedbackTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_organizer_marks_an_item_discussed_and_a_stale_page_that_ticks_it_is_told_of_the_conflict()
    {
        var text = "Point à aborder " + Guid.NewGuid().ToString("N")[..6];

        // Hugo prepares in his personal tab: that agenda is not polled, so it keeps the item as it was when he read it.
        var stale = await fixture.NewPageAsync();
        await stale.GotoAsync(fixture.TeamsUrl(TeamsPages.Hugo));
        var card = stale.Tab().GetByRole(AriaRole.Group, new() { Name = TeamsPages.Mentorship });
        await card.GetByRole(AriaRole.Button, new() { Name = "Préparer la prochaine séance" }).ClickAsync();
        await Expect(card.GetByRole(AriaRole.Heading, new() { Name = "Ordre du jour" })).ToBeVisibleAsync();
        await card.GetByLabel("Nouveau point").FillAsync(text);
        await card.GetByRole(AriaRole.Button, new() { Name = "Ajouter à l'ordre du jour" }).ClickAsync();
        await Expect(stale.Tab().LiveRegion()).ToHaveTextAsync("Point ajouté à l'ordre du jour.");
        var staleBox = card.GetByRole(AriaRole.Checkbox, new() { Name = $"Marquer « {text} » comme abordé" });
        await Expect(staleBox).Not.ToBeCheckedAsync();

        // In another page (another device), he ticks it: said once, through the live region.
        var fresh = await fixture.NewPageAsync();
        await fresh.GotoAsync(fixture.TeamsUrl(TeamsPages.Hugo));
        var freshCard = fresh.Tab().GetByRole(AriaRole.Group, new() { Name = TeamsPages.Mentorship });
        await freshCard.GetByRole(AriaRole.Button, new() { Name = "Préparer la prochaine séance" }).ClickAsync();
        await freshCard.GetByRole(AriaRole.Checkbox, new() { Name = $"Marquer « {text} » comme abordé" }).ClickAsync();
        await Expect(fresh.Tab().LiveRegion()).ToHaveTextAsync($"« {text} » marqué comme abordé.", new() { Timeout = 30_000 });

        // The personal tab still shows it open; ticking it there sends the old version: a conflict, said as one, where it was taken.
        await staleBox.ClickAsync();
        var row = card.GetByRole(AriaRole.Listitem).Filter(new() { HasText = text });
        await Expect(row).ToContainTextAsync("Quelqu'un d'autre vient de modifier cet élément : rien n'a été écrasé.");
        await Expect(stale.Tab().LiveRegion()).ToContainTextAsync("Modifié entre-temps");

        // And the page now shows what is true: discussed (by the side panel's tick).
        await Expect(staleBox).ToBeCheckedAsync();
    }
}
