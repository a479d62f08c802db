using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Scheduling;
using Mentoring.Core.Tests.Circles;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Core.Tests.Scheduling;

public sealed class ScheduleCircleTests
{
    [Fact]
    public async Task FirstDateNowPast_IsRefusedBeforeAnythingIsWritten()
    {
        var circle = ACircle.Mentorship();
        var store = new ConflictingCircleStore(circle, conflicts: 0, c => c);
        var later = new FakeTimeProvider(circle.Cadence.FirstDate.ToDateTime(new TimeOnly(12, 0)).AddDays(1));

        // The refusal comes before the calendar, the sessions and the timer's list are touched: none is needed.
        var result = await new ScheduleCircle(store, sessions: null!, scheduled: null!, lifecycle: null!, later).ExecuteAsync(ACaller.For(circle), circle.Id);

        ResultAssert.Invalid(result, "cadence.firstDate", "cadence.firstDate.past");
        Assert.Equal(circle, store.Current);
    }

    [Fact]
    public async Task PausedCircle_IsRefusedWithAConflict()
    {
        var circle = ACircle.Mentorship().WithStatus(CircleStatus.Paused);
        var store = new ConflictingCircleStore(circle, conflicts: 0, c => c);

        var result = await new ScheduleCircle(store, sessions: null!, scheduled: null!, lifecycle: null!, new FakeTimeProvider(ACircleDraft.Now)).ExecuteAsync(ACaller.For(circle), circle.Id);

        ResultAssert.SingleError(result, ErrorKind.Conflict, "circle.notActive");
    }
}
