using Mentoring.Core.Delivery;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Mentoring.Functions.Dispatch;

/// <summary>Every 5 minutes: the sessions whose follow-ups or reminders fell due go to the session queue.</summary>
public sealed class DispatchTimer(DispatchDueSessions dispatch, ILogger<DispatchTimer> logger)
{
    [Function("DispatchTimer")]
    public async Task Run([TimerTrigger("0 */5 * * * *")] TimerInfo timer, CancellationToken ct)
    {
        var (enqueued, dropped) = await dispatch.ExecuteAsync(ct);
        logger.LogInformation("Due sessions: {Enqueued} enqueued, {Dropped} too late to send", enqueued, dropped);
    }
}
