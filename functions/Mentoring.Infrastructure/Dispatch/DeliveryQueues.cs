using Azure.Storage.Queues;

namespace Mentoring.Infrastructure.Dispatch;

/// <summary>
/// The two queues of the fan-out and the queue of conversations opened ahead of time (and their poison queues, where the
/// Functions host puts a message after 5 failures).
/// </summary>
public sealed class DeliveryQueues(QueueServiceClient service, DeliveryOptions options)
{
    public QueueClient Sessions { get; } = service.GetQueueClient(options.SessionQueue);

    public QueueClient Cards { get; } = service.GetQueueClient(options.CardQueue);

    public QueueClient Conversations { get; } = service.GetQueueClient(options.ConversationQueue);

    public QueueClient Poison(QueueClient queue)
    {
        ArgumentNullException.ThrowIfNull(queue);
        return service.GetQueueClient(queue.Name + "-poison");
    }

    public async Task CreateIfMissingAsync(CancellationToken cancellationToken = default)
    {
        foreach (var queue in new[] { Sessions, Cards, Conversations, Poison(Sessions), Poison(Cards), Poison(Conversations) })
        {
            await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}
