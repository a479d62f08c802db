using Mentoring.Core.Common;
using Mentoring.Core.Nudges;
using Mentoring.Core.People;
using Mentoring.M365Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>
/// A nudge the product sends through Graph's activity feed shows in the emulator's Teams client: a bell with the unread count,
/// the notification in the rail, and a click that opens the personal tab with the session as the deep link's sub-entity.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ActivityRailTests(BrowserFixture fixture)
{
    // Manon is in no demo circle: nothing else nudges her.
    private const string Manon = "manon.lefevre@contoso.example";

    [Fact]
    public async Task A_nudge_appears_in_the_activity_rail_and_opens_the_personal_tab_at_its_session()
    {
        var manon = DemoDirectory.Find(Manon)!;
        var teams = fixture.Host.Emulator.BotConnector;
        if (teams.AppsOf(manon.Id).Count == 0)
            teams.Install(manon.Id);
        teams.ActivityFeed.Clear(manon.Id);
        var sender = fixture.Host.Services.GetRequiredService<INudgeSender>();
        var message = new NudgeMessage(NudgeActivityTypes.PrepareSession, "Groupe de pairs", "session:demo:20990108T1700Z",
            NudgeTexts.PreparePreview(false), new Dictionary<string, string> { ["day"] = "jeudi" });

        var sent = await sender.SendAsync(new TenantId(manon.TenantId), [new PersonId(manon.Id)], message);

        Assert.Equal(NudgeSendStatus.Sent, sent.Status);
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(Manon));
        var bell = page.GetByRole(AriaRole.Button, new() { Name = "Activité, 1 non lue(s)" });
        await Expect(bell).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await bell.ClickAsync();
        var notifications = page.GetByRole(AriaRole.List, new() { Name = "Notifications" });
        var nudge = notifications.GetByRole(AriaRole.Button).Filter(new() { HasText = "Préparez la séance de jeudi : ajoutez un point" });
        await Expect(nudge).ToBeVisibleAsync();
        Assert.Empty(await page.SeriousViolationsAsync());

        await nudge.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("view=personal", StringComparison.Ordinal)
            && url.Contains("subEntityId=" + Uri.EscapeDataString("session:demo:20990108T1700Z"), StringComparison.Ordinal));
        await Expect(page.Locator("iframe")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Activité" })).ToBeVisibleAsync(new() { Timeout = 10_000 });
    }
}
