using System.Net;
using System.Net.Http.Json;
using Mentoring.Core.Scheduling;
using Microsoft.Extensions.Logging;

namespace Mentoring.Api.Tests.Scheduling.Timer;

/// <summary>The process can die, or a save fail, between any two steps of scheduling: the timer finishes the job, once.</summary>
[Collection(TimerHostCollection.Name)]
public sealed class CrashWindowTests(TimerHostFixture fixture) : IDisposable
{
    private readonly GraphProbe graph = new(fixture.Host);

    public void Dispose() => fixture.Faults.Reset();

    [Fact]
    public async Task A_crash_right_after_the_circle_is_marked_pending_is_finished_by_the_timer_with_one_series()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var circle = await Circles.CreateAsync(lea, Circles.PeerGroup(Users.Lea, Users.Nicolas, Users.Chloe));
        var (id, name) = (circle["id"]!.GetValue<string>(), circle["name"]!.GetValue<string>());
        fixture.Faults.Arm("pending:after");

        Assert.Equal(HttpStatusCode.InternalServerError, (await lea.PostAsync($"circles/{id}/series", null)).StatusCode);
        Assert.Equal("pending", await Scheduled.StateAsync(lea, id));
        Assert.Empty(await graph.EventsOfAsync(Users.Lea, name));

        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));
        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));

        Assert.Equal("scheduled", await Scheduled.StateAsync(lea, id));
        Assert.Single(await graph.EventsOfAsync(Users.Lea, name));
    }

    [Fact]
    public async Task A_crash_after_the_series_is_created_but_before_it_is_recorded_gives_one_series_after_the_timer()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var circle = await Circles.CreateAsync(lea, Circles.PeerGroup(Users.Lea, Users.Nicolas, Users.Chloe));
        var (id, name) = (circle["id"]!.GetValue<string>(), circle["name"]!.GetValue<string>());
        fixture.Faults.Arm("confirmed:before");

        Assert.Equal(HttpStatusCode.InternalServerError, (await lea.PostAsync($"circles/{id}/series", null)).StatusCode);
        Assert.Equal("pending", await Scheduled.StateAsync(lea, id));

        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));

        var events = await graph.EventsOfAsync(Users.Lea, name);
        var series = await Scheduled.SeriesAsync(lea, id);
        Assert.Equal("scheduled", series["state"]!.GetValue<string>());
        Assert.Equal(events.Single()["id"]!.GetValue<string>(), series["seriesMasterId"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_end_whose_save_keeps_failing_stays_listed_and_the_timer_ends_the_circle_once()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (id, master) = await Scheduled.PeerGroupAsync(lea);
        fixture.Faults.Arm("ended:conflict", times: 3);

        Assert.Equal(HttpStatusCode.OK, (await lea.PatchAsJsonAsync($"circles/{id}", new { status = "closed" })).StatusCode);
        // Listed as ending; or already ended when the series' change notification had a visit of this shared host take one of
        // the armed conflicts, leaving the close's last save to succeed (either way it must end once, below).
        Assert.Contains(await Scheduled.StateAsync(lea, id), new[] { "ending", "ended" });

        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));

        var series = await Scheduled.SeriesAsync(lea, id);
        Assert.Equal("ended", series["state"]!.GetValue<string>());
        Assert.Null(series["endReason"]);
        fixture.Host.Emulator.Log.Clear();
        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));
        Assert.DoesNotContain(fixture.Host.Emulator.Log.Entries, e => e.PathAndQuery.Contains(master, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cadence_change_that_reached_outlook_but_not_the_store_is_patched_back_by_the_timer_once()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (id, master) = await Scheduled.PeerGroupAsync(lea);
        var stored = (await graph.InstancesAsync(Users.Lea, master)).Select(Start).ToArray();
        fixture.Faults.Arm("cadence:before");

        var change = new { firstDate = Circles.NextWeek(DayOfWeek.Tuesday), startTime = "12:30", timeZone = "Europe/Paris", occurrences = 4 };
        Assert.Equal(HttpStatusCode.InternalServerError, (await lea.PatchAsJsonAsync($"circles/{id}/series", change)).StatusCode);
        Assert.Equal(4, (await graph.InstancesAsync(Users.Lea, master)).Length);
        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));
        Assert.Equal(4, (await graph.InstancesAsync(Users.Lea, master)).Length);

        // The crashed change still holds the series' lease: the timer leaves the series alone until the lease expires.
        fixture.Clock.Advance(SeriesLease.Duration);
        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));

        Assert.Equal(stored, (await graph.InstancesAsync(Users.Lea, master)).Select(Start));
        Assert.Contains(fixture.Logs.Entries, e => e.Level == LogLevel.Information && e.Message.Contains(id, StringComparison.Ordinal) && e.Message.Contains("patched back", StringComparison.Ordinal));
        await AssertNextRunPatchesNothingAsync(master);
    }

    [Fact]
    public async Task A_cadence_change_racing_another_change_of_the_circle_is_refused_with_409_before_outlook_is_touched()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (id, master) = await Scheduled.PeerGroupAsync(lea);
        var stored = (await graph.InstancesAsync(Users.Lea, master)).Select(Start).ToArray();
        fixture.Faults.Arm("lease:conflict");

        var change = new { firstDate = Circles.NextWeek(DayOfWeek.Tuesday), startTime = "12:30", timeZone = "Europe/Paris", occurrences = 4 };
        var response = await lea.PatchAsJsonAsync($"circles/{id}/series", change);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("circle.changed", (await Circles.ProblemAsync(response))["code"]!.GetValue<string>());
        Assert.Equal(stored, (await graph.InstancesAsync(Users.Lea, master)).Select(Start));
    }

    [Fact]
    public async Task A_cadence_change_whose_save_meets_another_change_of_the_circle_is_saved_on_the_fresh_circle()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (id, master) = await Scheduled.PeerGroupAsync(lea);
        fixture.Faults.Arm("cadence:conflict");

        var change = new { firstDate = Circles.NextWeek(DayOfWeek.Tuesday), startTime = "12:30", timeZone = "Europe/Paris", occurrences = 4 };
        var response = await lea.PatchAsJsonAsync($"circles/{id}/series", change);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, (await graph.InstancesAsync(Users.Lea, master)).Length);
        await AssertNextRunPatchesNothingAsync(master);
        Assert.Equal(4, (await graph.InstancesAsync(Users.Lea, master)).Length);
    }

    [Fact]
    public async Task A_series_shortened_in_outlook_is_patched_back_to_the_stored_cadence()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (id, master) = await Scheduled.PeerGroupAsync(lea);
        var stored = (await graph.InstancesAsync(Users.Lea, master)).Select(Start).ToArray();
        await graph.ShortenSeriesAsync(Users.Lea, master, 3);
        Assert.Equal(3, (await graph.InstancesAsync(Users.Lea, master)).Length);

        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));

        Assert.Equal(stored, (await graph.InstancesAsync(Users.Lea, master)).Select(Start));
        Assert.Equal("scheduled", await Scheduled.StateAsync(lea, id));
        await AssertNextRunPatchesNothingAsync(master);
    }

    private async Task AssertNextRunPatchesNothingAsync(string master)
    {
        fixture.Host.Emulator.Log.Clear();
        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));
        Assert.DoesNotContain(fixture.Host.Emulator.Log.Entries, e => e.Method == "PATCH" && e.PathAndQuery.Contains(master, StringComparison.Ordinal));
    }

    private static string Start(System.Text.Json.Nodes.JsonObject instance) => instance["start"]!["dateTime"]!.GetValue<string>();
}
