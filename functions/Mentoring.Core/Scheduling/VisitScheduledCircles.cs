using Mentoring.Core.Circles;

namespace Mentoring.Core.Scheduling;

/// <summary>Use case of the timer: finishes pending creations and ends, and re-syncs every scheduled circle's sessions.</summary>
/// <remarks>One circle's failure (the calendar still unavailable) does not stop the others; it is tried again next time.</remarks>
public sealed class VisitScheduledCircles(ICircleStore circles, IScheduledCircles scheduled, SeriesLifecycle lifecycle)
{
    public async Task<ScheduledVisit> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var outcomes = new List<(ScheduleState State, bool Success)>();
        foreach (var (tenant, id) in await scheduled.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            var circle = (await circles.FindAsync(tenant, id, cancellationToken).ConfigureAwait(false))?.Value;
            if (circle?.Schedule is not { State: var state and not ScheduleState.Ended })
            {
                await scheduled.RemoveAsync(tenant, id, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var success = state switch
            {
                ScheduleState.Pending => (await lifecycle.CompleteAsync(circle, cancellationToken).ConfigureAwait(false)).IsSuccess,
                ScheduleState.Scheduled => (await lifecycle.SyncAsync(circle, cancellationToken).ConfigureAwait(false)).IsSuccess,
                ScheduleState.Pausing => (await lifecycle.PauseAsync(circle, cancellationToken).ConfigureAwait(false)).IsSuccess,
                ScheduleState.Paused => true,
                _ => (await lifecycle.EndAsync(circle, cancellationToken).ConfigureAwait(false)).IsSuccess,
            };
            outcomes.Add((state, success));
        }

        int Done(ScheduleState state) => outcomes.Count(o => o.State == state && o.Success);
        return new ScheduledVisit(Done(ScheduleState.Pending), Done(ScheduleState.Scheduled), Done(ScheduleState.Ending), outcomes.Count(o => !o.Success));
    }
}
