namespace Mentoring.Core.Scheduling.Notifications;

/// <summary>The 15-minute timer's use case: one page of the slow reconciliation, from the stored cursor on.</summary>
/// <remarks>
/// <para>Change notifications keep circles in step; this pass is the safety net for what they cannot see (a lost notification
/// Graph did not report, an occurrence removed by delta without its series, a crash). Each run visits a page sized so the
/// whole list is visited in <see cref="ReconciliationPacing.RunsPerPass"/> runs, i.e. daily, and stops starting visits once its
/// time budget is spent: no run reaches the function's time limit, and the cursor keeps what was done.</para>
/// <para>The circles marked unfinished (a step failed or is in flight, see <see cref="IScheduledCircles"/>) are visited first, at
/// every run, and their mark goes once the visit neither failed nor had to wait.</para>
/// <para>Circles are visited one after the other, so each organizer's mailbox sees at most one of this pass's requests at a time
/// (Outlook allows 4 concurrent requests per mailbox per app). A list shorter than a page is visited whole at every run.</para>
/// </remarks>
public sealed class ReconcileScheduledCircles(IScheduledCircles scheduled, VisitScheduledCircles visits, IReconciliationCursors cursors, ReconciliationPacing pacing, TimeProvider time)
{
    public async Task<ScheduledVisit> ExecuteAsync(IScheduleVisitLog log, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        var cursor = await cursors.ReadAsync(cancellationToken).ConfigureAwait(false);
        var (page, started) = (pacing.PageSize(cursor.LastPassCount), time.GetUtcNow());
        var outcomes = new Dictionary<VisitScheduledCircles.VisitOutcome, int>();
        await foreach (var listed in scheduled.ListUnfinishedAsync(cancellationToken).ConfigureAwait(false))
        {
            var outcome = await VisitAsync(listed, log, cancellationToken).ConfigureAwait(false);
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            if (outcome is not (VisitScheduledCircles.VisitOutcome.Failed or VisitScheduledCircles.VisitOutcome.Waiting))
            {
                await scheduled.MarkFinishedAsync(listed.Tenant, listed.Circle, cancellationToken).ConfigureAwait(false);
            }

            if (time.GetUtcNow() - started >= pacing.RunBudget)
            {
                break;
            }
        }

        var (visited, first, wrapped) = (0, (ScheduledCircle?)null, false);
        while (visited < page && time.GetUtcNow() - started < pacing.RunBudget)
        {
            var reachedEnd = true;
            await foreach (var listed in scheduled.ListAfterAsync(cursor.After, cancellationToken).ConfigureAwait(false))
            {
                if (wrapped && first is not null && ScheduledCircle.Order(listed, first) >= 0)
                {
                    break; // round to where this run began: every circle had its visit
                }

                first ??= listed;
                var outcome = await VisitAsync(listed, log, cancellationToken).ConfigureAwait(false);
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
                cursor = cursor with { After = listed, SeenThisPass = cursor.SeenThisPass + 1 };
                visited++;
                if (visited >= page || time.GetUtcNow() - started >= pacing.RunBudget)
                {
                    reachedEnd = false;
                    break;
                }
            }

            if (!reachedEnd || wrapped)
            {
                break;
            }

            // The end of the list: a pass is complete, and its count paces the next one.
            cursor = new ReconciliationCursor(null, cursor.SeenThisPass, 0);
            wrapped = true;
        }

        await cursors.SaveAsync(cursor, cancellationToken).ConfigureAwait(false);
        return VisitScheduledCircles.Tally(outcomes);
    }

    private async Task<VisitScheduledCircles.VisitOutcome> VisitAsync(ScheduledCircle listed, IScheduleVisitLog log, CancellationToken cancellationToken)
    {
        try
        {
            return await visits.VisitAsync(listed, log, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The isolation boundary: one circle's refused request or bug must never stall the others.
            log.Crashed(listed, e);
            return VisitScheduledCircles.VisitOutcome.Failed;
        }
    }
}
