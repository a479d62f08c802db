using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Scheduling;
using Mentoring.M365Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>
/// Issue 24.3 and 24.5 in the browser: two members join and leave the circle's Teams meeting from their own pages of the
/// emulator's Teams client, the session ends, the dispatch reads the meeting's attendance report, and the follow-up card in each
/// chat arrives with "attended" pre-selected from it; the person's progress counts the session Teams proved.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AttendanceBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Two_members_join_and_leave_the_meeting_their_cards_say_Oui_or_Non_per_Teams_and_the_progress_counts_it()
    {
        var (lea, nicolas, chloe) = (DemoApi.Named("Léa"), DemoApi.Named("Nicolas"), DemoApi.Named("Chloé"));
        var name = $"Groupe Teams {Guid.NewGuid().ToString("N")[..6]}";
        var end = await CircleWhoseSessionIsGoingOnAsync(name, lea, nicolas, chloe);

        // Léa and Nicolas join from their own pages; Chloé does not come. Both are in the meeting two minutes, then hang up.
        var leaMeeting = await JoinAsync(lea, name);
        var nicolasMeeting = await JoinAsync(nicolas, name);
        await Expect(InTheMeeting(leaMeeting)).ToHaveCountAsync(2);
        await fixture.AdvanceAsync(TimeSpan.FromMinutes(2));
        await leaMeeting.GetByRole(AriaRole.Button, new() { Name = "Raccrocher" }).ClickAsync();
        await Expect(InTheMeeting(nicolasMeeting)).ToHaveCountAsync(1);
        await nicolasMeeting.GetByRole(AriaRole.Button, new() { Name = "Raccrocher" }).ClickAsync();
        await Expect(InTheMeeting(nicolasMeeting)).ToHaveCountAsync(0);

        // The session ends for the host, the emulator and every page; the dispatch reads the report, then posts the cards.
        await fixture.AdvanceAsync(end.AddSeconds(1) - fixture.Clock.GetUtcNow());
        Assert.True(await fixture.Host.RunTimerAsync("DispatchTimer"));
        await BotChats.CardPostedAsync(fixture, lea, name);
        await BotChats.CardPostedAsync(fixture, chloe, name);

        var leaChat = await BotChats.ChatAsync(fixture, lea, "&locale=fr-FR");
        var card = BotChats.Card(leaChat, name);
        await Expect(card.GetByText("D'après Teams, vous étiez dans la réunion 2 min.")).ToBeVisibleAsync();
        await Expect(card.GetByRole(AriaRole.Radio, new() { Name = "Oui" })).ToBeCheckedAsync();
        var chloeChat = await BotChats.ChatAsync(fixture, chloe, "&locale=fr-FR");
        await Expect(BotChats.Card(chloeChat, name).GetByRole(AriaRole.Radio, new() { Name = "Non" })).ToBeCheckedAsync();

        // Léa's progress counts the session Teams proved she attended.
        var home = await fixture.NewPageAsync();
        await home.GotoAsync(fixture.TeamsUrl(lea.UserPrincipalName));
        var progress = home.Tab().GetByRole(AriaRole.Region, new() { Name = "Ma progression" });
        await Expect(progress.GetByText($"{name} : d'après Teams, vous étiez à 1 sur 1 séance avec rapport de présence")).ToBeVisibleAsync();
    }

    private static ILocator InTheMeeting(IPage page) => page.GetByRole(AriaRole.List, new() { Name = "Dans la réunion" }).GetByRole(AriaRole.Listitem);

    /// <summary>Opens the circle's meeting from the person's calendar in the emulator's Teams client and joins it.</summary>
    private async Task<IPage> JoinAsync(DemoUser user, string circleName)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(user.UserPrincipalName, "&view=calendar"));
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new(Regex.Escape(circleName)) }).First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Rejoindre la réunion" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Raccrocher" })).ToBeVisibleAsync();
        return page;
    }

    /// <summary>
    /// A peer group Léa organizes, scheduled through the API (so its Teams meeting exists; the series starts a week after the
    /// clock), with a session going on now that ends in 3 minutes. A series cannot start in the past, so that session is written
    /// through the product's session store, as the scheduling sync writes what Outlook says (as FollowUpEndToEndTests does).
    /// The meeting is the series' one: its attendance report is what the product reads for the session.
    /// </summary>
    private async Task<DateTimeOffset> CircleWhoseSessionIsGoingOnAsync(string name, params DemoUser[] peers)
    {
        var now = fixture.Clock.GetUtcNow();
        using var organizer = await DemoApi.AsAsync(fixture, peers[0]);
        var id = await DemoApi.CreateCircleAsync(fixture, peers[0], new JsonObject
        {
            ["kind"] = "peerGroup",
            ["name"] = name,
            ["objective"] = "Avancer ensemble.",
            ["members"] = new JsonArray([.. peers.Select(p => (JsonNode)new JsonObject { ["personId"] = p.Id.ToString() })]),
            ["cadence"] = new JsonObject { ["firstDate"] = DateOnly.FromDateTime(now.UtcDateTime).AddDays(7).ToString("yyyy-MM-dd"), ["startTime"] = "18:00", ["timeZone"] = "Europe/Paris" },
        });
        var series = await organizer.PostAsync($"circles/{id}/series", null);
        series.EnsureSuccessStatusCode();
        Assert.False(string.IsNullOrEmpty((await series.Content.ReadFromJsonAsync<JsonObject>())!["joinUrl"]?.GetValue<string>()));

        var start = now.AddMinutes(-55);
        var end = now.AddMinutes(3);
        Session going = new(Session.IdFor(start), null, start, start, end, SessionState.Upcoming);
        await fixture.Host.Services.GetRequiredService<ISessionStore>().SaveAsync(
            new TenantId(DemoDirectory.ContosoTenantId), new CircleId(Guid.Parse(id)), [going], []);
        return end;
    }
}
