using Mentoring.Core.Delivery;
using Mentoring.Infrastructure.Dispatch;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Mentoring.Functions.Dispatch;

/// <summary>A due session becomes one card message per member.</summary>
public sealed class SessionQueueFunction(FanOutDueSession fanOut, ILogger<SessionQueueFunction> logger)
{
    [Function("DispatchSession")]
    public async Task Run([QueueTrigger("%" + DeliveryOptions.SessionQueueSetting + "%", Connection = "AzureWebJobsStorage")] string message, CancellationToken ct)
    {
        if (DeliveryMessages.ReadSession(message) is not { } due)
        {
            // Not ours to retry: a malformed message would fail five times and land in the poison queue anyway.
            logger.LogError("Unreadable session message dropped: {Message}", message);
            return;
        }

        var cards = await fanOut.ExecuteAsync(due, ct);
        logger.LogInformation("{Kind} of session {Session} in circle {Circle}: {Cards} cards enqueued", due.Kind, due.SessionId, due.Circle, cards);
    }
}
