using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Mentoring.Api.Tests.Scheduling;

/// <summary>
/// Exchange discards a series' moved and cancelled occurrences when its recurrence or start changes (the emulator does too):
/// the product re-applies the ones it knows, and tells the organizer which it could not keep.
/// </summary>
[Collection(LocalHostCollection.Name)]
public sealed class CadenceExceptionsTests(LocalHostFixture fixture)
{
    private readonly GraphProbe graph = new(fixture.Host);

    [Fact]
    public async Task A_new_time_of_day_keeps_the_session_moved_in_outlook_and_the_one_cancelled_in_the_tab()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (id, master, movedTo, cancelled) = await MovedAndCancelledAsync(lea);

        var response = await lea.PatchAsJsonAsync($"circles/{id}/series", new { firstDate = Circles.NextWeek(), startTime = "19:00", timeZone = "Europe/Paris" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var series = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var sessions = series["sessions"]!.AsArray();
        Assert.Contains(sessions, s => s!["moved"]!.GetValue<bool>() && s["start"]!.GetValue<DateTimeOffset>() == movedTo);
        Assert.Equal("cancelled", sessions.Single(s => s!["id"]!.GetValue<string>() == cancelled)!["state"]!.GetValue<string>());
        var instances = await graph.InstancesAsync(Users.Lea, master);
        Assert.Contains(instances, i => Start(i) == movedTo);
        Assert.Equal(sessions.Count(s => s!["state"]!.GetValue<string>() != "cancelled"), instances.Length);
        Assert.Empty(series["notKept"]?.AsArray() ?? []);
    }

    [Fact]
    public async Task A_new_weekday_tells_the_organizer_alone_which_moved_session_it_could_not_keep()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        var (id, master, movedTo, _) = await MovedAndCancelledAsync(lea);

        var response = await lea.PatchAsJsonAsync($"circles/{id}/series", new { firstDate = Circles.NextWeek(DayOfWeek.Tuesday), startTime = "18:00", timeZone = "Europe/Paris" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var notKept = Assert.Single((await lea.GetFromJsonAsync<JsonObject>($"circles/{id}/sessions"))!["notKept"]!.AsArray());
        Assert.Equal((movedTo, false), (notKept!["start"]!.GetValue<DateTimeOffset>(), notKept["cancelled"]!.GetValue<bool>()));
        Assert.DoesNotContain(await graph.InstancesAsync(Users.Lea, master), i => Start(i) == movedTo);
        Assert.Empty((await nicolas.GetFromJsonAsync<JsonObject>($"circles/{id}/sessions"))!["notKept"]?.AsArray() ?? []);
    }

    [Fact]
    public async Task A_series_reshaped_in_outlook_is_patched_back_by_the_timer_with_its_moved_and_cancelled_sessions()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (id, master, movedTo, cancelled) = await MovedAndCancelledAsync(lea);
        var before = (await graph.InstancesAsync(Users.Lea, master)).Select(Start).ToArray();
        await graph.ShortenSeriesAsync(Users.Lea, master, 4);
        Assert.DoesNotContain(await graph.InstancesAsync(Users.Lea, master), i => Start(i) == movedTo);

        // The change notification for the shortened series may have had its visit repair it: whichever holds the series' lease
        // (Core SeriesLease) repairs it, and the other waits. The timer visits a page of the scheduled circles per run (the
        // reconciliation spreads them over a day, see docs/change-notifications.md), so it runs until this circle's turn came.
        Assert.Equal(before, await InstanceStartsOnceAsync(master, before));
        var sessions = (await lea.GetFromJsonAsync<JsonObject>($"circles/{id}/sessions"))!["sessions"]!.AsArray();
        Assert.Equal("cancelled", sessions.Single(s => s!["id"]!.GetValue<string>() == cancelled)!["state"]!.GetValue<string>());
    }

    /// <summary>Léa's peer group with its second session moved a day later in Outlook (seen by the timer) and its third cancelled in the tab.</summary>
    private async Task<(string Id, string Master, DateTimeOffset MovedTo, string CancelledId)> MovedAndCancelledAsync(HttpClient lea)
    {
        var id = (await Circles.CreateAsync(lea, Circles.PeerGroup(Users.Lea, Users.Nicolas, Users.Chloe)))["id"]!.GetValue<string>();
        var series = (await (await lea.PostAsync($"circles/{id}/series", null)).Content.ReadFromJsonAsync<JsonObject>())!;
        var master = series["seriesMasterId"]!.GetValue<string>();
        var second = (await graph.InstancesAsync(Users.Lea, master))[1];
        var movedTo = Start(second).AddDays(1);
        await graph.MoveAsync(Users.Lea, second["id"]!.GetValue<string>(), movedTo, TimeSpan.FromHours(1));
        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));
        var cancelled = series["sessions"]![2]!["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await lea.PostAsJsonAsync($"circles/{id}/sessions/{cancelled}/cancel", new { reason = "Jour férié" })).StatusCode);
        return (id, master, movedTo, cancelled);
    }

    private async Task<DateTimeOffset[]> InstanceStartsOnceAsync(string master, DateTimeOffset[] expected)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (true)
        {
            var starts = (await graph.InstancesAsync(Users.Lea, master)).Select(Start).ToArray();
            if (starts.SequenceEqual(expected) || limit.IsCancellationRequested)
            {
                return starts;
            }

            await fixture.Host.RunTimerAsync("SchedulingTimer"); // false when a run is already going: the next loop waits for it
        }
    }

    private static DateTimeOffset Start(JsonObject instance) =>
        DateTimeOffset.Parse(instance["start"]!["dateTime"]!.GetValue<string>() + "Z", CultureInfo.InvariantCulture);
}
