using Mentoring.Core.Delivery;
using Mentoring.Infrastructure.Dispatch;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Mentoring.Functions.Dispatch;

/// <summary>Opens one person's conversation with the bot ahead of their first card (see <see cref="OpenConversation"/>).</summary>
public sealed class ConversationQueueFunction(OpenConversation open, CardRetries retries, DeliveryQueues queues, ILogger<ConversationQueueFunction> logger)
{
    [Function("OpenConversation")]
    public async Task Run([QueueTrigger("%" + DeliveryOptions.ConversationQueueSetting + "%", Connection = "AzureWebJobsStorage")] string message, CancellationToken ct)
    {
        if (DeliveryMessages.ReadConversation(message) is not { } who)
        {
            logger.LogError("Unreadable conversation message dropped");
            return;
        }

        var opened = await open.ExecuteAsync(who.Tenant, who.Person, ct);
        if (opened.Status != BotStatus.RetryLater)
        {
            // Opened, or the person cannot be reached (stored by the messenger): either way nothing more to do here.
            return;
        }

        if (opened.RetryAfter is { } after && await retries.TryDeferAsync(queues.Conversations, message, after, ct))
        {
            // Teams (or Graph) said when to come back: a copy waits exactly that long, this message is done with.
            return;
        }

        // Failing the invocation is how a queue trigger asks for the message again (host.json visibilityTimeout).
        throw new ConversationNotOpenedException($"Conversation in tenant {who.Tenant} not opened yet: {opened.Detail}");
    }
}
