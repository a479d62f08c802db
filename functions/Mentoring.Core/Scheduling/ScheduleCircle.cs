using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Scheduling;

/// <summary>Use case: a member turns the circle's cadence into a recurring Teams meeting in their own calendar, once: they become its organizer.</summary>
/// <remarks>
/// The circle is marked pending (with its transaction id) before the calendar is called, and registered for the timer: if
/// the calendar stays unavailable the caller gets 503 and the timer finishes the job with the same transaction id, so the
/// series is never created twice. Asking again for a scheduled circle returns its series.
/// </remarks>
public sealed class ScheduleCircle(ICircleStore circles, ISessionStore sessions, IScheduledCircles scheduled, SeriesLifecycle lifecycle, TimeProvider time)
{
    public async Task<Result<SeriesView>> ExecuteAsync(Caller caller, CircleId id, CancellationToken cancellationToken = default)
    {
        var pending = await circles.ApplyAsync(caller, id, null, c => MarkPending(c, caller), cancellationToken).ConfigureAwait(false);
        if (!pending.IsSuccess)
        {
            return Result<SeriesView>.Failure(pending.Errors);
        }

        var circle = pending.Value.Circle;
        if (circle.Schedule!.State == ScheduleState.Scheduled)
        {
            return new SeriesView(circle.Schedule, await sessions.ListAsync(circle.Tenant, circle.Id, cancellationToken).ConfigureAwait(false));
        }

        await scheduled.AddAsync(circle.Tenant, circle.Id, cancellationToken).ConfigureAwait(false);
        return await lifecycle.CompleteAsync(circle, cancellationToken).ConfigureAwait(false);
    }

    private Result<Circle> MarkPending(Circle circle, Caller caller) => circle switch
    {
        { Status: not CircleStatus.Active } => Error.Conflict("circle.notActive"),

        // A circle created a while ago may have a first date now past: the series would start in the past.
        { Schedule: null } when circle.Cadence.FirstDate < circle.Cadence.Today(time.GetUtcNow()) => Error.Invalid("cadence.firstDate", "cadence.firstDate.past"),
        { Schedule: null } => circle with { Schedule = CircleSchedule.Pending(caller.Id, circle.Id.Value.ToString("N"), time.GetUtcNow()) },
        { Schedule.State: ScheduleState.Pending or ScheduleState.Scheduled } => circle,
        _ => Error.Conflict("series.ended"),
    };
}
