using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Core.Circles;
using Mentoring.Core.People;
using Mentoring.M365Emulator;

namespace Mentoring.Api.Tests.Dispatch;

/// <summary>From a scheduled circle to its members' chats: the due-session index, the timer, the session and card queues.</summary>
[Collection(DispatchHostCollection.Name)]
public sealed class DueSessionTests(DispatchHostFixture fixture)
{
    private const string FollowUp = "Suivi de séance";
    private const string Reminder = "Rappel de séance";

    [Fact]
    public async Task A_session_gets_one_reminder_a_day_before_and_one_follow_up_per_member_who_has_not_answered_even_with_two_timers_at_once()
    {
        fixture.Teams.Faults.Reset();
        fixture.Crashes.Reset(null);
        var organizer = await fixture.Users.AsAsync(Users.Lea);
        var peers = new[] { Users.Lea, Users.Nicolas, Users.Chloe };
        var (circle, session) = await ScheduledPeerGroupAsync(organizer, peers);
        var start = session["start"]!.GetValue<DateTimeOffset>();
        var end = session["end"]!.GetValue<DateTimeOffset>();
        fixture.Cards.Answered[(circle, session["id"]!.GetValue<string>(), new PersonId(Users.Chloe.Id))] = true;

        // Just before the reminder is due nothing goes; just after, each member gets one.
        fixture.Clock.Advance(start - TimeSpan.FromHours(24) - fixture.Clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        await TwoTimersAtOnceAsync();
        Assert.All(peers, p => Assert.Empty(fixture.ChatOf(p.Id)));
        fixture.Clock.Advance(TimeSpan.FromMinutes(2));
        await TwoTimersAtOnceAsync();
        Assert.All(peers, p => Assert.Equal([Reminder], fixture.ChatOf(p.Id)));

        fixture.Clock.Advance(end - fixture.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        await TwoTimersAtOnceAsync();
        await TwoTimersAtOnceAsync();

        Assert.Equal([Reminder, FollowUp], fixture.ChatOf(Users.Lea.Id));
        Assert.Equal([Reminder, FollowUp], fixture.ChatOf(Users.Nicolas.Id));
        Assert.Equal([Reminder], fixture.ChatOf(Users.Chloe.Id));
    }

    private async Task TwoTimersAtOnceAsync()
    {
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
