using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Scheduling;
using Mentoring.M365Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>
/// Issue 9 end to end: a session of a scheduled circle ends, the dispatch (timer, then the session and card queues) posts the
/// product's follow-up card into each member's chat in the emulator's Teams client, one member answers in the rendered card,
/// the card turns into the summary, and the next session's agenda shows her new commitment as due and her blocker.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FollowUpEndToEndTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_session_ends_each_member_gets_the_card_in_Teams_Lea_answers_in_it_and_the_next_agenda_shows_her_commitment_and_blocker()
    {
        // Léa, Nicolas (French) and Priya (English, Kolkata): none of them is in a circle another browser test reads the chat of.
        var (lea, nicolas, priya) = (DemoApi.Named("Léa"), DemoApi.Named("Nicolas"), DemoApi.Named("Priya"));
        var name = $"Reconversions data {Guid.NewGuid().ToString("N")[..4]}";
        var (circle, next, ended, end) = await CircleWhoseSessionIsEndingAsync(name, lea, nicolas, priya);
        using var api = await DemoApi.AsAsync(fixture, lea);
        var due = "Relancer Marie chez Datalab";
        var lastAnswer = await api.PutAsJsonAsync($"circles/{circle}/sessions/{ended}/followup", new { attended = true, newCommitments = new[] { due }, revision = 0 });
        lastAnswer.EnsureSuccessStatusCode();

        // The meeting ends for the host, the emulator and every open page at once.
        await fixture.AdvanceAsync(end.AddSeconds(1) - fixture.Clock.GetUtcNow());
        Assert.True(await fixture.Host.RunTimerAsync("DispatchTimer"));

        // Waits for these three cards, not for the whole shared host's queues (other tests' cards may be on their way too).
        foreach (var member in new[] { lea, nicolas, priya })
        {
            await BotChats.CardPostedAsync(fixture, member, name);
        }

        // Each member's own chat shows the card, in their language.
        foreach (var (member, title) in new[] { (nicolas, "Suivi de la séance du"), (priya, "Follow-up of the session of") })
        {
            var other = await BotChats.ChatAsync(fixture, member);
            await Expect(BotChats.Card(other, name).GetByText(title)).ToBeVisibleAsync();
            await other.Context.CloseAsync();
        }

        var page = await BotChats.ChatAsync(fixture, lea, "&locale=fr-FR");
        var card = BotChats.Card(page, name);
        await Expect(card.GetByText("Suivi de la séance du")).ToBeVisibleAsync();
        await card.GetByRole(AriaRole.Radio, new() { Name = "Oui" }).CheckAsync();
        await card.GetByRole(AriaRole.Radio, new() { Name = "Tenu" }).CheckAsync();
        var promise = "Envoyer trois candidatures";
        var blocker = "Trouver un contact chez Datalab";
        await card.GetByLabel("Nouvel engagement 1 (pour la prochaine séance)").FillAsync(promise);
        await card.GetByLabel("Ce qui vous bloque").FillAsync(blocker);
        await card.GetByLabel("Utilité de la séance pour vous").SelectOptionAsync("4");
        await card.GetByRole(AriaRole.Checkbox, new() { Name = "Nicolas Thomas" }).CheckAsync();
        Assert.Empty(await page.SeriousViolationsAsync());
        await card.GetByRole(AriaRole.Button, new() { Name = "Envoyer" }).ClickAsync();

        // The card becomes the summary of what was recorded.
        await Expect(card.GetByText("Merci, votre suivi de la séance du")).ToBeVisibleAsync();
        await Expect(card.GetByText(promise)).ToBeVisibleAsync();
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Modifier" })).ToBeVisibleAsync();
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Envoyer" })).ToHaveCountAsync(0);
        Assert.Empty(await page.SeriousViolationsAsync());

        // The next session's agenda (the circle's own), as another member reads it: her new commitment is due, her blocker is an item.
        using var his = await DemoApi.AsAsync(fixture, nicolas);
        var agenda = (await his.GetFromJsonAsync<JsonObject>($"circles/{circle}/sessions/{next}/agenda"))!;
        var commitments = agenda["commitmentsDue"]!.AsArray().Select(c => (Text: c!["text"]!.GetValue<string>(), State: c["state"]!.GetValue<string>())).ToArray();
        Assert.Contains((promise, "open"), commitments);
        Assert.DoesNotContain(commitments, c => c.Text == due && c.State == "open");
        Assert.Contains(agenda["items"]!.AsArray(), i => i!["text"]!.GetValue<string>() == blocker && i["kind"]!.GetValue<string>() == "blocker");
    }

    /// <summary>
    /// A peer group scheduled through the API (its series starts a week after the clock), whose meeting going on now ends in
    /// 20 seconds, after one held earlier today. A series cannot start in the past, so those two sessions are written through the
    /// product's session store, as the scheduling sync writes what Outlook says: the store indexes the session going on for its
    /// follow-up, as it does every upcoming session.
    /// </summary>
    private async Task<(string Circle, string Next, string Ended, DateTimeOffset End)> CircleWhoseSessionIsEndingAsync(string name, params DemoUser[] peers)
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
        var next = (await series.Content.ReadFromJsonAsync<JsonObject>())!["sessions"]![0]!["id"]!.GetValue<string>();

        var (earlier, current) = (now.AddHours(-3), now.AddMinutes(-55));
        var end = now.AddSeconds(20);
        Session ended = new(Session.IdFor(earlier), null, earlier, earlier, earlier.AddHours(1), SessionState.Ended);
        Session going = new(Session.IdFor(current), null, current, current, end, SessionState.Upcoming);
        await fixture.Host.Services.GetRequiredService<ISessionStore>().SaveAsync(
            new TenantId(DemoDirectory.ContosoTenantId), new CircleId(Guid.Parse(id)), [ended, going], []);
        return (id, next, ended.Id, end);
    }
}
