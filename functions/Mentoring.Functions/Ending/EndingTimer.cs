using Mentoring.Core.Ending;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Mentoring.Functions.Ending;

/// <summary>Every 6 hours: end questions told to the members who have not answered, inactive circles flagged, warned, closed.</summary>
public sealed class EndingTimer(EndingNotices notices, ILogger<EndingTimer> logger)
{
    [Function("EndingTimer")]
    public async Task Run([TimerTrigger("0 0 */6 * * *")] TimerInfo timer, CancellationToken ct)
    {
        var run = await notices.ExecuteAsync(ct);
        logger.LogInformation(
            "Endings: {Asked} question cards enqueued; inactivity: {Flagged} flagged, {Resolved} met again, {Warned} warned, {Closed} closed, {Failed} to retry",
            run.Asked, run.Flagged, run.Resolved, run.Warned, run.Closed, run.Failed);
    }
}
