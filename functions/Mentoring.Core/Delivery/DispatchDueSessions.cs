namespace Mentoring.Core.Delivery;

/// <summary>Use case of the dispatch timer: every due session goes to the session queue once.</summary>
/// <remarks>
/// Enqueue first, then watch (for <see cref="SweepStrandedCards"/>), then mark: a crash in between enqueues the session
/// again on the next run, which costs a duplicate message the outbox absorbs, never a lost session. Two timers at once do
/// the same at worst.
/// </remarks>
public sealed class DispatchDueSessions(ISessionDueIndex index, IDeliveryQueue queue, IDispatchedSessions dispatched, DeliverySettings settings, TimeProvider time)
{
    /// <summary>How many sessions were enqueued, and how many were too late to send.</summary>
    public async Task<(int Enqueued, int Dropped)> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var (enqueued, dropped) = (0, 0);
        await foreach (var due in index.ListDueAsync(now, cancellationToken).ConfigureAwait(false))
        {
            if (due.DueAt < now - settings.MaxLateness)
            {
                dropped++;
            }
            else
            {
                await queue.EnqueueSessionAsync(due, cancellationToken).ConfigureAwait(false);
                await dispatched.AddAsync(due, now, cancellationToken).ConfigureAwait(false);
                enqueued++;
            }

            await index.MarkDispatchedAsync(due, cancellationToken).ConfigureAwait(false);
        }

        return (enqueued, dropped);
    }
}
