using Mentoring.Core.Scheduling.Notifications;
using Mentoring.Infrastructure.Scheduling.Notifications;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Mentoring.Functions.Scheduling;

/// <summary>Runs one piece of queued calendar work (<see cref="SyncChangedCircle"/>); a failure is retried by the queue.</summary>
public sealed class CalendarWorkQueueFunction(SyncChangedCircle sync, ILogger<CalendarWorkQueueFunction> logger)
{
    [Function("CalendarWork")]
    public async Task Run([QueueTrigger("%" + StorageCalendarWorkQueue.Setting + "%", Connection = "AzureWebJobsStorage")] string message, CancellationToken ct)
    {
        if (StorageCalendarWorkQueue.Read(message) is not { } work)
        {
            logger.LogError("Unreadable calendar work message dropped");
            return;
        }

        var result = await sync.ExecuteAsync(work, new TimerVisitLog(logger), ct);
        if (!result.IsSuccess)
        {
            // Failing the invocation is how a queue trigger asks for the message again.
            throw new CalendarWorkUnfinishedException($"Calendar work in tenant {work.Tenant} not done: {result.Errors[0].Code}");
        }
    }
}
