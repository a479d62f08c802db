using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>
/// The pages' "now" is the host's (issue 25): what a tab shows as "next", "past" or "a week from today" never depends on the day
/// the tests run, and a test that moves the host's clock moves the open pages with it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserClockTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Every_frame_of_a_page_reads_the_hosts_instant_and_follows_it_when_a_test_moves_it()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(TeamsPages.Julien));
        await Expect(page.Tab().GetByRole(AriaRole.Heading, new() { Name = "Mes cercles", Level = 1 })).ToBeVisibleAsync();

        Assert.Equal(Instants(fixture.Clock.GetUtcNow()), await InstantsAsync(page));

        // One second, not a day: every browser test shares this clock, and the next ones' dates are relative to it anyway.
        await fixture.AdvanceAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(Instants(fixture.Clock.GetUtcNow()), await InstantsAsync(page));
        await page.ReloadAsync();
        await Expect(page.Tab().GetByRole(AriaRole.Heading, new() { Name = "Mes cercles", Level = 1 })).ToBeVisibleAsync();
        Assert.Equal(Instants(fixture.Clock.GetUtcNow()), await InstantsAsync(page));
    }

    /// <summary>The emulator's Teams client and the product's tab page in it.</summary>
    private static string[] Instants(DateTimeOffset now) => [$"teams {now.ToUnixTimeMilliseconds()}", $"tab {now.ToUnixTimeMilliseconds()}"];

    private async Task<string[]> InstantsAsync(IPage page)
    {
        var tab = page.Frames.Single(f => f.Url.StartsWith(fixture.Host.BaseUri.ToString(), StringComparison.Ordinal));
        return [$"teams {await page.EvaluateAsync<long>("Date.now()")}", $"tab {await tab.EvaluateAsync<long>("new Date().getTime()")}"];
    }
}
