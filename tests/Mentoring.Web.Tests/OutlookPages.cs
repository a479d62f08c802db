using Mentoring.M365Emulator;
using Microsoft.Playwright;

namespace Mentoring.Web.Tests;

/// <summary>The emulator's Outlook as the Outlook tests drive it: a new appointment with its attendees and the pane open.</summary>
internal static class OutlookPages
{
    public static DemoUser User(string alias) => DemoDirectory.Users.Single(u => u.UserPrincipalName.StartsWith(alias + "@", StringComparison.Ordinal));

    /// <summary>The Thursday of next week, from the fixture's clock (never today's date).</summary>
    public static string NextThursday(BrowserFixture fixture)
    {
        var today = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime);
        return today.AddDays(((int)DayOfWeek.Thursday - (int)today.DayOfWeek + 7) % 7 + 7).ToString("yyyy-MM-dd");
    }

    /// <param name="query">More of the Outlook client's URL: <c>&amp;locale=en-GB</c>, <c>&amp;mailbox=1.6</c>, <c>&amp;naa=interaction</c>…</param>
    /// <param name="browserZone">The browser's own time zone (the mailbox's is the organizer's).</param>
    public static async Task<IPage> ComposeAsync(BrowserFixture fixture, string query, DemoUser organizer, string subject, DemoUser[] guests, string browserZone = "Europe/Paris")
    {
        var page = await fixture.NewPageAsync(browserZone);
        await page.GotoAsync($"{fixture.Host.Emulator.BaseUri}outlook/?user={organizer.UserPrincipalName}&view=new{query}");
        await page.GetByLabel("Objet").FillAsync(subject);
        foreach (var guest in guests)
        {
            await page.GetByLabel("Participants", new() { Exact = true }).FillAsync(guest.UserPrincipalName);
            await page.GetByLabel("Participants", new() { Exact = true }).PressAsync("Enter");
        }

        await page.GetByLabel("Début").FillAsync(NextThursday(fixture) + "T18:00");
        await page.GetByLabel("Début").DispatchEventAsync("change");
        return page;
    }

    public static Task OpenPaneAsync(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Planifier un cercle" }).ClickAsync();

    public static IFrameLocator Pane(IPage page) => page.FrameLocator("iframe.pane");
}
