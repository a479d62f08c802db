using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Api.Tests.Agendas;
using Mentoring.Api.Tests.Dispatch;
using Mentoring.Core.Circles;
using Mentoring.M365Emulator;
using Mentoring.M365Emulator.Graph.Teamwork;

namespace Mentoring.Api.Tests.Nudges;

/// <summary>Activity-feed nudges from the session-due index: who gets one, in one bulk request, once a day, retried after a 429.</summary>
[Collection(NudgeHostCollection.Name)]
public sealed class NudgeTests(NudgeHostFixture fixture)
{
    private const string Bulk = "/v1.0/teamwork/sendActivityNotificationToRecipients";

    [Fact]
    public async Task Two_days_before_only_members_who_added_nothing_and_did_not_pause_are_nudged_the_French_in_one_bulk_request()
    {
        var peers = new[] { Users.Lea, Users.Nicolas, Users.Julien, Users.Priya, Users.Chloe };
        InstallFor(peers);
        var lea = await fixture.Users.AsAsync(Users.Lea);
        var (circle, session) = await ScheduledPeerGroupAsync(lea, peers);
        var sessionId = session["id"]!.GetValue<string>();
        await AgendaApi.AddedItemAsync(await fixture.Users.AsAsync(Users.Nicolas), circle.ToString(), sessionId, "question", "Comment relancer un recruteur ?");
        Assert.True((await (await fixture.Users.AsAsync(Users.Chloe)).PutAsJsonAsync("me/pause", new { paused = true })).IsSuccessStatusCode);
        var logged = fixture.Host.Emulator.Log.Entries.Count;

        await RunAtAsync(session["start"]!.GetValue<DateTimeOffset>() - TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));

        var leas = Feed(Users.Lea);
        var nudge = Assert.Single(leas);
        Assert.Equal("prepareSession", nudge.ActivityType);
        Assert.StartsWith("Préparez la séance de ", nudge.Reason, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString($"session:{circle}:{sessionId}"), nudge.WebUrl, StringComparison.Ordinal);
        Assert.Single(Feed(Users.Julien));
        var priya = Assert.Single(Feed(Users.Priya));
        // Her Teams reads the app's English language file (addin-manifest/en.json), filled with the day the product wrote for her.
        Assert.StartsWith("Prepare ", priya.Reason, StringComparison.Ordinal);
        Assert.EndsWith("'s session: add an item", priya.Reason, StringComparison.Ordinal);
        Assert.Empty(Feed(Users.Nicolas));
        Assert.Empty(Feed(Users.Chloe));
        var requests = fixture.Host.Emulator.Log.Entries.Skip(logged).Where(e => e.PathAndQuery.Contains("sendActivityNotification", StringComparison.Ordinal)).ToArray();
        Assert.Single(requests, e => e.PathAndQuery == Bulk && e.Status == 202);
        Assert.Single(requests, e => e.PathAndQuery == $"/v1.0/users/{Users.Priya.Id}/teamwork/sendActivityNotification" && e.Status == 204);
        Assert.True((await (await fixture.Users.AsAsync(Users.Chloe)).PutAsJsonAsync("me/pause", new { paused = false })).IsSuccessStatusCode);
    }

    [Fact]
    public async Task A_person_gets_one_nudge_a_day_and_a_429_is_retried_later_without_loss_or_duplicate()
    {
        var peers = new[] { Users.Emilie, Users.Ines, Users.Manon };
        InstallFor(peers);
        var emilie = await fixture.Users.AsAsync(Users.Emilie);
        var (first, session) = await ScheduledPeerGroupAsync(emilie, peers);
        var (second, _) = await ScheduledPeerGroupAsync(emilie, peers);
        var manon = await fixture.Users.AsAsync(Users.Manon);
        Assert.True((await manon.PatchAsJsonAsync($"circles/{first}/members/{Users.Manon.Id}", new { cardsPaused = true })).IsSuccessStatusCode);
        Assert.True((await manon.PatchAsJsonAsync($"circles/{second}/members/{Users.Manon.Id}", new { cardsPaused = true })).IsSuccessStatusCode);
        var logged = fixture.Host.Emulator.Log.Entries.Count;

        // Graph answers 429 to the first four attempts: the client's own retries, then the queue's, bring it through.
        fixture.Teams.ActivityFeed.Throttle(4);
        await RunAtAsync(session["start"]!.GetValue<DateTimeOffset>() - TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));

        // The retry is the queue's: between the failed attempt and the message coming back, the queue may look empty to a drain.
        // So the state is awaited (bounded), then everything still running is drained before counting.
        using (var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            while (!(Feed(Users.Emilie).Count > 0 && Feed(Users.Ines).Count > 0) && !limit.IsCancellationRequested)
            {
                await Task.Delay(50, CancellationToken.None);
            }
        }

        await fixture.Host.DrainQueuesAsync(TimeSpan.FromSeconds(60));
        var log = string.Join("\n", fixture.Host.Emulator.Log.Entries.Skip(logged).Select(e => $"{e.Method} {e.PathAndQuery} {e.Status}"));
        Assert.True(Feed(Users.Emilie).Count == 1, log);
        Assert.Single(Feed(Users.Ines));
        Assert.Empty(Feed(Users.Manon));
        var sends = fixture.Host.Emulator.Log.Entries.Skip(logged).Where(e => e.PathAndQuery == Bulk).ToArray();
        Assert.Equal(4, sends.Count(e => e.Status == 429));
        Assert.Single(sends, e => e.Status == 202);
    }

    private void InstallFor(IEnumerable<DemoUser> people)
    {
        foreach (var person in people)
        {
            if (fixture.Teams.AppsOf(person.Id).Count == 0)
            {
                fixture.Teams.Install(person.Id);
            }

            fixture.Teams.ActivityFeed.Clear(person.Id);
        }
    }

    private IReadOnlyList<FeedNotification> Feed(DemoUser person) => fixture.Teams.ActivityFeed.For(person.Id);

    private async Task RunAtAsync(DateTimeOffset at)
    {
        fixture.Clock.Advance(at - fixture.Clock.GetUtcNow());
        await Task.WhenAll(fixture.Host.RunTimerAsync("DispatchTimer"), fixture.Host.RunTimerAsync("DispatchTimer"));
        await fixture.Host.DrainQueuesAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>A peer group scheduled through the API, its first session a week after the fake clock's today.</summary>
    private async Task<(CircleId Circle, JsonObject FirstSession)> ScheduledPeerGroupAsync(HttpClient organizer, params DemoUser[] peers)
    {
        var body = Circles.PeerGroup(peers);
        body["cadence"]!["firstDate"] = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime).AddDays(7).ToString("yyyy-MM-dd");
        body["cadence"]!.AsObject().Remove("dayOfWeek");
        var id = (await Circles.CreateAsync(organizer, body))["id"]!.GetValue<string>();
        var series = await (await organizer.PostAsync($"circles/{id}/series", null)).Content.ReadFromJsonAsync<JsonObject>();
        return (new CircleId(Guid.Parse(id)), series!["sessions"]![0]!.AsObject());
    }
}
