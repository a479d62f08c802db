using System.Net;
using Mentoring.Core.Scheduling;

namespace Mentoring.Api.Tests.Scheduling.Timer;

/// <summary>
/// An organizer's mailbox that an Exchange application access policy leaves out (403 ErrorAccessDenied, on that mailbox only):
/// the timer asks again after 1 h, 2 h, 4 h … and stops after <see cref="CalendarAccessDenied.MaxTries"/> refusals, the state kept
/// on the stored schedule; the organizer alone reads what to ask their administrator (fr, en) and asks for a new try.
/// </summary>
public sealed class CalendarAccessTests(TimerHostFixture fixture) : IClassFixture<TimerHostFixture>, IDisposable
{
    public void Dispose() => fixture.Host.Emulator.Permissions.Reset();

    [Fact]
    public async Task A_refused_mailbox_is_asked_with_a_growing_wait_then_no_more_and_the_organizer_is_told_what_to_ask()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var leaInEnglish = await fixture.Users.AsAsync(Users.Lea, "en-GB");
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        await fixture.UnlistEverythingAsync();
        var (id, _) = await Scheduled.PeerGroupAsync(lea);
        fixture.Host.Emulator.Permissions.ExcludeFromAccessPolicy(Users.Lea.Id);

        var refusals = 0;
        var wait = CalendarAccessDenied.FirstDelay;
        Assert.Equal(1, await RefusalsOfOneRunAsync());
        for (refusals = 1; refusals < CalendarAccessDenied.MaxTries; refusals++)
        {
            // Just before the wait is over the mailbox is left alone; once it is over, asked once more.
            fixture.Clock.Advance(wait - TimeSpan.FromMinutes(1));
            Assert.Equal(0, await RefusalsOfOneRunAsync());
            fixture.Clock.Advance(TimeSpan.FromMinutes(1));
            Assert.Equal(1, await RefusalsOfOneRunAsync());
            wait *= 2;
        }

        fixture.Clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(0, await RefusalsOfOneRunAsync());

        var french = await Scheduled.SeriesAsync(lea, id);
        Assert.Contains("administrateur", french["calendarAccessMessage"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(french["calendarAccessRetriesStopped"]!.GetValue<bool>());
        Assert.Contains("administrator", (await Scheduled.SeriesAsync(leaInEnglish, id))["calendarAccessMessage"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null((await Scheduled.SeriesAsync(nicolas, id))["calendarAccessMessage"]);

        // Nicolas may not ask for Léa's mailbox; Léa may, once her administrator let the app in: the next run reaches it.
        Assert.Equal(HttpStatusCode.Forbidden, (await nicolas.PostAsync($"circles/{id}/series/access-retry", null)).StatusCode);
        fixture.Host.Emulator.Permissions.IncludeInAccessPolicy(Users.Lea.Id);
        Assert.Equal(HttpStatusCode.OK, (await lea.PostAsync($"circles/{id}/series/access-retry", null)).StatusCode);
        Assert.Equal(0, await RefusalsOfOneRunAsync());
        Assert.Contains(fixture.Host.Emulator.Log.Entries, e => e.Status == 200 && e.PathAndQuery.Contains(Users.Lea.Id.ToString(), StringComparison.OrdinalIgnoreCase));
        Assert.Null((await Scheduled.SeriesAsync(lea, id))["calendarAccessMessage"]);
    }

    private async Task<int> RefusalsOfOneRunAsync()
    {
        fixture.Host.Emulator.Log.Clear();
        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));
        // The scheduling visit's reads of the series (/events/…). The change notifications' first catch-up (calendarView/delta,
        // once when the organizer is first followed) is refused too, once: it is not the visit this test is about.
        return fixture.Host.Emulator.Log.Entries.Count(e => e.Status == 403 && e.PathAndQuery.Contains("/events/", StringComparison.Ordinal));
    }
}
