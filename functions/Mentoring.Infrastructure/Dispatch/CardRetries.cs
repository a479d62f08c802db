using Azure.Storage.Queues;

namespace Mentoring.Infrastructure.Dispatch;

/// <summary>Brings a card message back after the wait a service asked for (Retry-After), not after the queue's fixed one.</summary>
/// <remarks>
/// <para>A queue trigger cannot change the visibility of the message it is processing: failing the invocation brings it back
/// after host.json's <c>visibilityTimeout</c> (30 s) whatever Teams asked. So a copy is enqueued with
/// <c>visibilityTimeout</c> = Retry-After (Put Message: https://learn.microsoft.com/rest/api/storageservices/put-message,
/// at most 7 days) and the invocation succeeds, which deletes the original. The local host runs the same trigger code.</para>
/// <para>If the copy is sent and the original still comes back (the host stopped before deleting it), both name the same
/// outbox row: one delivers, the other finds the row final or leased, so the member still gets one card. A copy counts its
/// deferrals; after <see cref="MaxDeferrals"/> the invocation fails as before, so the dequeue count, the poison queue and
/// then the sweep still bound a card Teams keeps refusing.</para>
/// </remarks>
public sealed class CardRetries(DeliveryQueues queues)
{
    /// <summary>As many as host.json's maxDequeueCount: the same patience, spent at the pace Teams asks for.</summary>
    public const int MaxDeferrals = 10;

    private static readonly TimeSpan MaxVisibility = TimeSpan.FromDays(7);

    /// <summary>Enqueues the message again, visible after <paramref name="retryAfter"/>; false when it may not be (no wait asked, or deferred too often).</summary>
    public Task<bool> TryDeferAsync(string message, TimeSpan retryAfter, CancellationToken cancellationToken = default) =>
        TryDeferAsync(queues.Cards, message, retryAfter, cancellationToken);

    /// <summary>The same for a message of <paramref name="queue"/> (cards and conversations share the message's deferral count).</summary>
    public async Task<bool> TryDeferAsync(QueueClient queue, string message, TimeSpan retryAfter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queue);
        if (retryAfter <= TimeSpan.Zero)
        {
            return false;
        }

        if (DeliveryMessages.Deferrals(message) >= MaxDeferrals)
        {
            return false;
        }

        var visibility = retryAfter < MaxVisibility ? retryAfter : MaxVisibility;
        await queue.SendMessageAsync(DeliveryMessages.Deferred(message), visibility, cancellationToken: cancellationToken).ConfigureAwait(false);
        return true;
    }
}
