using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Scheduling;

/// <summary>Use case: a member turns the circle's cadence into a recurring Teams meeting in their own calendar, once: they become its organizer.</summary>
/// <remarks>
/// The circle is listed for the timer, then marked pending (with its transaction id), then the calendar is called: a crash
/// after the listing leaves at worst a listed circle with nothing to do, which the timer unlists; if the calendar stays
/// unavailable the caller gets 503 and the timer finishes the job with the same transaction id, so the series is never
/// created twice. Asking again for a scheduled circle returns its series.
/// </remarks>
public sealed class ScheduleCircle(ICircleStore circles, ISessionStore sessions, IScheduledCircles scheduled, SeriesLifecycle lifecycle, TimeProvider time)
{
    public async Task<Result<SeriesView>> ExecuteAsync(Caller caller, CircleId id, CancellationToken cancellationToken = default)
    {
        var found = await circles.FindForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        var marked = found.IsSuccess ? MarkPending(found.Value.Value, caller) : Result<Circle>.Failure(found.Errors);
        if (!marked.IsSuccess)
        {
            return Result<SeriesView>.Failure(marked.Errors);
        }

        if (marked.Value.Schedule!.State != ScheduleState.Scheduled)
        {
            // Checked before anything is written (bad input writes nothing); listed before marked pending (no crash window).
            await scheduled.AddAsync(caller.Tenant, id, cancellationToken).ConfigureAwait(false);
            var pending = await circles.ApplyAsync(caller, found.Value, c => MarkPending(c, caller), cancellationToken).ConfigureAwait(false);
            if (!pending.IsSuccess)
            {
                return Result<SeriesView>.Failure(pending.Errors);
            }

            if (pending.Value.Circle.Schedule!.State != ScheduleState.Scheduled)
            {
                return await lifecycle.CompleteAsync(new Versioned<Circle>(pending.Value.Circle, pending.Value.Version), cancellationToken).ConfigureAwait(false);
            }

            marked = pending.Value.Circle;
        }

        var circle = marked.Value;
        return new SeriesView(circle.Schedule!, await sessions.ListAsync(circle.Tenant, circle.Id, cancellationToken).ConfigureAwait(false));
    }

    private Result<Circle> MarkPending(Circle circle, Caller caller) => circle switch
    {
        { Status: not CircleStatus.Active } => Error.Conflict("circle.notActive"),

        // Invitees get no calendar invitation: a series starts once both people of a mentorship, or three peers, said yes.
        { Schedule: null, IsReady: false } => Error.Conflict("circle.waitingForMembers"),

        // A circle created a while ago may have a first date now past: the series would start in the past.
        { Schedule: null } when circle.Cadence.FirstDate < circle.Cadence.Today(time.GetUtcNow()) => Error.Invalid("cadence.firstDate", "cadence.firstDate.past"),
        { Schedule: null } => circle with { Schedule = CircleSchedule.Pending(caller.Id, circle.Id.Value.ToString("N"), time.GetUtcNow()) },
        { Schedule.State: ScheduleState.Pending or ScheduleState.Scheduled } => circle,
        { Schedule.EndReason: CircleSchedule.DeletedInOutlook } => Error.Conflict("series.deletedInOutlook"),
        _ => Error.Conflict("series.ended"),
    };
}
