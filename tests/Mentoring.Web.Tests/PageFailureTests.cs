using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>
/// A tab open across a redeploy asks for a chunk the server no longer has: the page reloads once (the new HTML names the
/// new chunks), and when the chunk is still missing it explains and offers a reload instead of staying blank or looping.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageFailureTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_page_chunk_that_404s_reloads_the_page_once_then_explains_in_French()
    {
        var page = await fixture.NewPageAsync();
        var asked = 0;
        await page.Context.RouteAsync("**/tab/assets/PersonalTab-*.js", async route =>
        {
            Interlocked.Increment(ref asked);
            await route.FulfillAsync(new() { Status = 404, ContentType = "text/plain", Body = "gone" });
        });
        await page.GotoAsync(fixture.TeamsUrl(TeamsPages.Camille));

        var tab = page.Tab();
        await Expect(tab.GetByRole(AriaRole.Heading, new() { Name = "Cette page n'a pas pu s'afficher" })).ToBeVisibleAsync();
        await Expect(tab.GetByRole(AriaRole.Button, new() { Name = "Recharger la page" })).ToBeVisibleAsync();
        Assert.Equal(2, asked);
        Assert.Empty(await page.SeriousViolationsAsync());
    }
}
