using Azure;
using Mentoring.Core.Common;
using Mentoring.Core.Delivery;
using Mentoring.Core.People;
using Microsoft.Extensions.Logging;

namespace Mentoring.Infrastructure.Dispatch;

/// <summary>One message per person whose conversation to open (tenant and person ids only, no personal data).</summary>
/// <remarks>
/// Called after a circle was stored: a queue that does not answer must not turn a stored circle into an error (a retry of the
/// request would find it stored anyway), and nothing is lost without the message: the first card opens the conversation itself.
/// </remarks>
internal sealed class StorageConversationQueue(DeliveryQueues queues, ILogger<StorageConversationQueue> logger) : IConversationQueue
{
    public async Task EnqueueAsync(TenantId tenant, IReadOnlyCollection<PersonId> people, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(people);
        try
        {
            await Task.WhenAll(people.Distinct().Select(p => queues.Conversations.SendMessageAsync(DeliveryMessages.Write(tenant, p), cancellationToken))).ConfigureAwait(false);
        }
        catch (RequestFailedException e)
        {
            logger.LogWarning(e, "Conversations of {Count} people in tenant {Tenant} not queued; their first card will open them", people.Count, tenant);
        }
    }
}
