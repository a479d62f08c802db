using Mentoring.Core.Circles;
using Mentoring.Core.Scheduling;
using Mentoring.Core.Tests.Scheduling;

namespace Mentoring.Core.Tests.Circles;

/// <summary>Pausing a scheduled circle removes its upcoming sessions; resuming brings back those still ahead, as a new series.</summary>
public sealed class CirclePauseTests
{
    // Weekly on Thursdays at 18:00 in Paris, six sessions from 5 March 2026; on 13 March two have taken place.
    private static readonly Cadence Weekly = ACadence.Weekly("Europe/Paris", "2026-03-05").Times(6).Build();
    private static readonly DateTimeOffset AfterTwo = new(2026, 3, 13, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheOrganizerPausing_AsksForTheUpcomingSessionsToGo()
    {
        var group = Scheduled();

        var paused = group.ChangeStatus(group.Member(0), CircleStatus.Paused, AfterTwo).Value;

        Assert.Equal((CircleStatus.Paused, ScheduleState.Pausing), (paused.Status, paused.Schedule!.State));
    }

    [Fact]
    public void ResumingBeforeThePauseReachedTheCalendar_IsAConflict()
    {
        var group = Scheduled() with { Status = CircleStatus.Paused };
        var pausing = group with { Schedule = group.Schedule! with { State = ScheduleState.Pausing } };

        ResultAssert.Conflict(pausing.ChangeStatus(group.Member(0), CircleStatus.Active, AfterTwo), "series.pausing");
    }

    [Fact]
    public void Resuming_AsksForANewSeriesOfTheSessionsStillAhead_InTheSameCalendar_WithItsOwnTransactionId()
    {
        var paused = Paused();

        var resumed = paused.ChangeStatus(paused.Member(0), CircleStatus.Active, AfterTwo).Value;

        Assert.Equal((CircleStatus.Active, ScheduleState.Pending, paused.Member(0)), (resumed.Status, resumed.Schedule!.State, resumed.Schedule.Organizer));
        Assert.NotEqual(paused.Schedule!.TransactionId, resumed.Schedule.TransactionId);
        Assert.Null(resumed.Schedule.Series);
        Assert.Equal((new DateOnly(2026, 3, 19), new NumberedRange(4)), (resumed.Cadence.FirstDate, resumed.Cadence.Range));

        // The sessions that come back are the ones the pause removed, with the same ids: what members prepared stays attached.
        var ahead = Weekly.Expand().Skip(2).Select(s => Session.IdFor(s.Start));
        Assert.Equal(ahead, resumed.Cadence.Expand().Select(s => Session.IdFor(s.Start)));
    }

    [Fact]
    public void Resuming_WithNoSessionLeft_EndsTheSchedule()
    {
        var paused = Paused();

        var resumed = paused.ChangeStatus(paused.Member(0), CircleStatus.Active, new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero)).Value;

        Assert.Equal((CircleStatus.Active, ScheduleState.Ended), (resumed.Status, resumed.Schedule!.State));
    }

    [Fact]
    public void ClosingAPausedCircle_EndsItsScheduleWithoutAnythingLeftToDo()
    {
        var paused = Paused();

        Assert.Equal(ScheduleState.Ended, paused.ChangeStatus(paused.Member(0), CircleStatus.Closed, AfterTwo).Value.Schedule!.State);
    }

    [Fact]
    public void ThePauseKeepsTheSessionsThatStarted_OrTheWholeSeriesGoesWhenNoneHas()
    {
        Assert.Equal(new DateOnly(2026, 3, 12), SeriesResumption.LastDateBeforePause(Weekly, AfterTwo));
        Assert.Equal(new DateOnly(2026, 3, 4), SeriesResumption.LastDateBeforePause(Weekly, new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    private static Circle Scheduled()
    {
        var group = ACircle.PeerGroupOf(3) with { Cadence = Weekly };
        return group.OrganizedBy(0);
    }

    private static Circle Paused()
    {
        var group = Scheduled();
        return group with { Status = CircleStatus.Paused, Schedule = group.Schedule! with { State = ScheduleState.Paused } };
    }
}
