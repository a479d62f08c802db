using Mentoring.Core.Delivery;
using Mentoring.Infrastructure.Dispatch;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Mentoring.Functions.Dispatch;

/// <summary>One card for one member: delivered at most once (see <see cref="DeliverCard"/>).</summary>
public sealed class CardQueueFunction(DeliverCard deliver, CardRetries retries, ILogger<CardQueueFunction> logger)
{
    [Function("DispatchCard")]
    public async Task Run([QueueTrigger("%" + DeliveryOptions.CardQueueSetting + "%", Connection = "AzureWebJobsStorage")] string message, CancellationToken ct)
    {
        if (DeliveryMessages.ReadCard(message) is not { } card)
        {
            logger.LogError("Unreadable card message dropped: {Message}", message);
            return;
        }

        var outcome = await deliver.ExecuteAsync(card, ct);
        if (outcome is { Result: DeliveryResult.Deferred, RetryAfter: { } after } && await retries.TryDeferAsync(message, after, ct))
        {
            // Teams said when to come back: a copy waits exactly that long, this message is done with.
            return;
        }

        if (outcome.MustRetry)
        {
            // Failing the invocation is how a queue trigger asks for the message again (host.json visibilityTimeout).
            throw new DeliveryDeferredException(card, outcome);
        }

        if (outcome.Result is DeliveryResult.Unknown or DeliveryResult.Failed)
        {
            logger.LogWarning("{Kind} card of session {Session} for {Member}: {Result}, not resent", card.Kind, card.SessionId, card.Member, outcome.Result);
        }
    }
}
