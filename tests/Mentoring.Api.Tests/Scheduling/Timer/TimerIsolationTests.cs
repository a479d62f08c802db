using Mentoring.M365Emulator;
using Microsoft.Extensions.Logging;
using Microsoft.Graph.Models.ODataErrors;

namespace Mentoring.Api.Tests.Scheduling.Timer;

/// <summary>One circle that fails never stops the timer from visiting the others, and its failure is logged with its id.</summary>
[Collection(TimerHostCollection.Name)]
public sealed class TimerIsolationTests(TimerHostFixture fixture) : IDisposable
{
    private readonly GraphProbe graph = new(fixture.Host);

    public void Dispose()
    {
        fixture.Faults.Reset();
        fixture.Host.Emulator.Notifications.DropNext(0);
    }

    [Fact]
    public async Task Circles_poisoned_first_by_a_graph_4xx_and_by_a_series_deleted_in_outlook_stop_none_of_the_others()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        await fixture.UnlistEverythingAsync();
        var circles = new List<(string Id, string Master)>();
        for (var i = 0; i < 5; i++)
        {
            circles.Add(await Scheduled.PeerGroupAsync(lea));
        }

        // The work list of one tenant is read in row-key (circle id) order: the two smallest ids are visited first.
        var ordered = circles.OrderBy(c => Guid.Parse(c.Id).ToString("D"), StringComparer.Ordinal).ToArray();
        var (refused, deleted, healthy) = (ordered[0], ordered[1], ordered[2..]);

        // The timer is the net under lost notifications: Graph loses the ones of the changes below, so no notification's visit ends
        // the deleted series before the run (it did, on a clean clone, and the run had nothing left to visit for it).
        await fixture.Host.SettleAsync();
        fixture.Host.Emulator.Notifications.DropNext(int.MaxValue);
        fixture.Faults.RefusedSeries[refused.Master] = true;
        await graph.DeleteAsync(Users.Lea, deleted.Master);
        foreach (var circle in healthy)
        {
            await graph.CancelAsync(Users.Lea, (await graph.InstancesAsync(Users.Lea, circle.Master))[1]["id"]!.GetValue<string>());
        }

        // Their creation marked them unfinished (visited first, in whatever state a change notification's visit left the mark):
        // unmarked, the run visits them in the list's order, the poisoned ones first.
        await fixture.MarkFinishedAsync(circles.Select(c => c.Id));
        fixture.Faults.Recording = true;
        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));
        fixture.Faults.Recording = false;

        Assert.Equal(ordered.Select(c => Guid.Parse(c.Id)), fixture.Faults.Visits.Distinct());
        foreach (var circle in healthy)
        {
            Assert.Equal("cancelled", (await Scheduled.SeriesAsync(lea, circle.Id))["sessions"]![1]!["state"]!.GetValue<string>());
        }

        var refusedSeries = await Scheduled.SeriesAsync(lea, refused.Id);
        Assert.Equal(("scheduled", "upcoming"), (refusedSeries["state"]!.GetValue<string>(), refusedSeries["sessions"]![1]!["state"]!.GetValue<string>()));
        Assert.Contains(fixture.Logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains(refused.Id, StringComparison.Ordinal) && e.Exception is ODataError { ResponseStatusCode: 400 });
        Assert.Contains(fixture.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains(deleted.Id, StringComparison.Ordinal) && e.Message.Contains("series.deletedInOutlook", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_series_deleted_in_outlook_ends_the_circles_schedule_visibly_in_both_languages_and_is_no_longer_visited()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var leaInEnglish = await fixture.Users.AsAsync(Users.Lea, "en-GB");
        var (id, master) = await Scheduled.PeerGroupAsync(lea);
        await graph.DeleteAsync(Users.Lea, master);

        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));

        var french = await Scheduled.SeriesAsync(lea, id);
        var english = await Scheduled.SeriesAsync(leaInEnglish, id);
        Assert.Equal(("ended", "series.deletedInOutlook"), (french["state"]!.GetValue<string>(), french["endReason"]!.GetValue<string>()));
        Assert.Contains("supprimée dans Outlook", french["endMessage"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("deleted in Outlook", english["endMessage"]!.GetValue<string>(), StringComparison.Ordinal);

        fixture.Host.Emulator.Log.Clear();
        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));
        Assert.DoesNotContain(fixture.Host.Emulator.Log.Entries, e => e.PathAndQuery.Contains(master, StringComparison.Ordinal));
    }
}
