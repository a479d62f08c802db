using Mentoring.Core.Scheduling;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Mentoring.Functions.Scheduling;

/// <summary>
/// Every 15 minutes, one page of the slow reconciliation (<see cref="ReconcileScheduledCircles"/>: every circle daily): finish
/// pending series creations and ends, repair drifted series, re-sync what change notifications missed.
/// </summary>
public sealed class SchedulingTimer(Core.Scheduling.Notifications.ReconcileScheduledCircles visit, ILogger<SchedulingTimer> logger)
{
    [Function("SchedulingTimer")]
    public async Task Run([TimerTrigger("0 */15 * * * *")] TimerInfo timer, CancellationToken ct)
    {
        var done = await visit.ExecuteAsync(new TimerVisitLog(logger), ct);
        logger.LogInformation(
            "Scheduled circles visited: {Completed} completed, {Synced} synced, {Repaired} repaired, {Ended} ended, {SeriesDeleted} deleted in Outlook, {Failed} to retry",
            done.Completed, done.Synced, done.Repaired, done.Ended, done.SeriesDeleted, done.Failed);
    }
}
