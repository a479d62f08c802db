using System.Net.Http.Json;
using System.Text.Json.Nodes;
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
/// the notification in the rail, and a click that opens the personal tab with the session as the deep link's sub-entity: the
/// tab opens that circle's next agenda.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ActivityRailTests(BrowserFixture fixture)
{
    // Manon is in no demo circle: nothing else nudges her (her circles come from the browser tests alone).
    private const string Manon = "manon.lefevre@contoso.example";

    [Fact]
    public async Task A_nudge_appears_in_the_activity_rail_and_opens_the_personal_tab_at_its_session()
    {
        var manon = DemoDirectory.Find(Manon)!;
        var teams = fixture.Host.Emulator.BotConnector;
        if (teams.AppsOf(manon.Id).Count == 0)
            teams.Install(manon.Id);
        teams.ActivityFeed.Clear(manon.Id);
        var (name, circle, session) = await PeerGroupAsync(manon);
        var subEntity = $"session:{circle}:{session}";
        var sender = fixture.Host.Services.GetRequiredService<INudgeSender>();
        var message = new NudgeMessage(NudgeActivityTypes.PrepareSession, name, subEntity,
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
            && url.Contains("subEntityId=" + Uri.EscapeDataString(subEntity), StringComparison.Ordinal));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Activité" })).ToBeVisibleAsync(new() { Timeout = 10_000 });
        var card = page.Tab().GetByRole(AriaRole.Group, new() { Name = name });
        await Expect(card.GetByRole(AriaRole.Heading, new() { Name = "Ordre du jour" })).ToBeVisibleAsync();
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Préparer la prochaine séance" })).ToHaveAttributeAsync("aria-expanded", "true");
    }

    /// <summary>A scheduled peer group of Manon, Priya and Nicolas (its series a week after the clock): its name, id and first session.</summary>
    private async Task<(string Name, string Circle, string Session)> PeerGroupAsync(DemoUser manon)
    {
        var name = $"Groupe rappel {Guid.NewGuid().ToString("N")[..4]}";
        var peers = new[] { manon, DemoApi.Named("Priya"), DemoApi.Named("Nicolas") };
        var firstDate = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime).AddDays(7).ToString("yyyy-MM-dd");
        var circle = await DemoApi.CreateCircleAsync(fixture, manon, new JsonObject
        {
            ["kind"] = "peerGroup",
            ["name"] = name,
            ["objective"] = "Avancer ensemble.",
            ["members"] = new JsonArray([.. peers.Select(p => (JsonNode)new JsonObject { ["personId"] = p.Id.ToString() })]),
            ["cadence"] = new JsonObject { ["firstDate"] = firstDate, ["startTime"] = "18:00", ["timeZone"] = "Europe/Paris" },
        });
        using var api = await DemoApi.AsAsync(fixture, manon);
        var series = await api.PostAsync($"circles/{circle}/series", null);
        series.EnsureSuccessStatusCode();
        return (name, circle, (await series.Content.ReadFromJsonAsync<JsonObject>())!["sessions"]![0]!["id"]!.GetValue<string>());
    }
}
