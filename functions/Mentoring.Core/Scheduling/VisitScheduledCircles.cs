using Mentoring.Core.Circles;
using Mentoring.Core.Common;

namespace Mentoring.Core.Scheduling;

/// <summary>Use case of the timer: finishes pending creations and ends, repairs and re-syncs every listed circle's series.</summary>
/// <remarks>
/// Each circle is visited on its own: whatever one circle does (the calendar unavailable, a request it refuses, a bug), the
/// failure is reported with the circle's ids, the circle stays listed for the next run, and the others are visited. A series
/// gone from the organizer's calendar ends the circle's schedule with <see cref="CircleSchedule.DeletedInOutlook"/>. An organizer's
/// mailbox that refuses the app is asked again only as <see cref="CalendarAccessDenied"/> allows (a growing wait, a bounded number of
/// tries), stored on the schedule so every instance and every run agrees.
/// </remarks>
public sealed partial class VisitScheduledCircles(
    ICircleStore circles, IScheduledCircles scheduled, SeriesLifecycle lifecycle, ICalendarGateway calendar, SessionExceptions exceptions, Agendas.AgendasAfterReshape agendas, TimeProvider time)
{
    /// <summary>
    /// How long a listed circle without a schedule is left listed: a scheduling request lists the circle before marking it
    /// pending, so a young row may belong to a request in flight; an old one is a request that failed or crashed in between.
    /// </summary>
    public static readonly TimeSpan ListingGrace = TimeSpan.FromHours(1);

    public async Task<ScheduledVisit> ExecuteAsync(IScheduleVisitLog log, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        var outcomes = new Dictionary<VisitOutcome, int>();
        await foreach (var listed in scheduled.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            VisitOutcome outcome;
            try
            {
                outcome = await VisitAsync(listed, log, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // The isolation boundary: one circle's refused request or bug must never stall the others.
                log.Crashed(listed, e);
                outcome = VisitOutcome.Failed;
            }

            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        return Tally(outcomes);
    }

    internal static ScheduledVisit Tally(Dictionary<VisitOutcome, int> outcomes)
    {
        int Count(VisitOutcome o) => outcomes.GetValueOrDefault(o);
        return new ScheduledVisit(Count(VisitOutcome.Completed), Count(VisitOutcome.Synced), Count(VisitOutcome.Ended), Count(VisitOutcome.Failed), Count(VisitOutcome.Repaired), Count(VisitOutcome.SeriesDeleted));
    }

    /// <summary>Visits one listed circle now (a change was notified for it); false when it failed and must be tried again.</summary>
    public async Task<bool> VisitOneAsync(ScheduledCircle listed, IScheduleVisitLog log, CancellationToken cancellationToken = default) =>
        await VisitAsync(listed, log, cancellationToken).ConfigureAwait(false) != VisitOutcome.Failed;

    internal async Task<VisitOutcome> VisitAsync(ScheduledCircle listed, IScheduleVisitLog log, CancellationToken cancellationToken)
    {
        var found = await circles.FindAsync(listed.Tenant, listed.Circle, cancellationToken).ConfigureAwait(false);
        if (found?.Value.Schedule is not { State: var state and not ScheduleState.Ended } schedule)
        {
            if (found is not null && found.Value.Schedule is null && listed.ListedAt > time.GetUtcNow() - ListingGrace)
            {
                return VisitOutcome.Waiting;
            }

            await scheduled.RemoveAsync(listed.Tenant, listed.Circle, cancellationToken).ConfigureAwait(false);
            return VisitOutcome.Unlisted;
        }

        if (schedule.AccessDenied is { } denied && !denied.IsDue(time.GetUtcNow()))
        {
            return VisitOutcome.Waiting;
        }

        var (outcome, errors) = state switch
        {
            ScheduleState.Pending => (VisitOutcome.Completed, (await lifecycle.CompleteAsync(found, cancellationToken).ConfigureAwait(false)).Errors),
            ScheduleState.Scheduled => await RepairThenSyncAsync(found, listed, log, cancellationToken).ConfigureAwait(false),
            ScheduleState.Pausing => (VisitOutcome.Synced, (await lifecycle.PauseAsync(found.Value, cancellationToken).ConfigureAwait(false)).Errors),
            ScheduleState.Paused => (VisitOutcome.Waiting, []),
            _ => (VisitOutcome.Ended, (await lifecycle.EndAsync(found.Value, cancellationToken).ConfigureAwait(false)).Errors),
        };
        if (errors.Count == 0)
        {
            await AccessGrantedAsync(listed, schedule, outcome, cancellationToken).ConfigureAwait(false);
            return outcome;
        }

        if (errors[0].Code == CalendarAccessDenied.Code)
        {
            await AccessDeniedAsync(listed, cancellationToken).ConfigureAwait(false);
        }

        if (errors[0].Kind == ErrorKind.NotFound && schedule.Series is not null)
        {
            // The calendar no longer knows the series. Closing, that is the end asked for (an earlier attempt got there);
            // otherwise it was deleted in Outlook: the schedule ends visibly. Either way the circle is then unlisted.
            var ended = await circles.ApplyAsSystemAsync(listed.Tenant, listed.Circle, c => c.Schedule switch
            {
                { State: ScheduleState.Ending } s => c with { Schedule = s with { State = ScheduleState.Ended } },
                { State: ScheduleState.Scheduled } s => c with { Schedule = s.DeletedFromCalendar() },
                _ => c,
            }, cancellationToken).ConfigureAwait(false);
            if (ended.IsSuccess)
            {
                await scheduled.RemoveAsync(listed.Tenant, listed.Circle, cancellationToken).ConfigureAwait(false);
                if (ended.Value.Circle.Schedule?.EndReason is not { } reason)
                {
                    return VisitOutcome.Ended;
                }

                log.SeriesEnded(listed, reason);
                return VisitOutcome.SeriesDeleted;
            }

            errors = ended.Errors;
        }

        log.Failed(listed, state, errors[0]);
        return VisitOutcome.Failed;
    }

    /// <summary>Counts one more refusal of the organizer's mailbox on the schedule: the next try waits longer, or never comes.</summary>
    private Task AccessDeniedAsync(ScheduledCircle listed, CancellationToken cancellationToken) =>
        circles.ApplyAsSystemAsync(listed.Tenant, listed.Circle, c => c.Schedule is { } s
            ? c with { Schedule = s with { AccessDenied = CalendarAccessDenied.After(s.AccessDenied, time.GetUtcNow()) } }
            : c, cancellationToken);

    /// <summary>The calendar answered again: the refusal is forgotten (and the organizer's notice goes).</summary>
    private async Task AccessGrantedAsync(ScheduledCircle listed, CircleSchedule schedule, VisitOutcome outcome, CancellationToken cancellationToken)
    {
        if (schedule.AccessDenied is null || outcome == VisitOutcome.Waiting)
        {
            return;
        }

        await circles.ApplyAsSystemAsync(listed.Tenant, listed.Circle, c => c.Schedule is { } s
            ? c with { Schedule = s with { AccessDenied = null } }
            : c, cancellationToken).ConfigureAwait(false);
    }

    internal enum VisitOutcome
    {
        Waiting,
        Unlisted,
        Completed,
        Synced,
        Repaired,
        Ended,
        SeriesDeleted,
        Failed,
    }
}
