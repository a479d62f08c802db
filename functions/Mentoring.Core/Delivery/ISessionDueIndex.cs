namespace Mentoring.Core.Delivery;

/// <summary>Sessions by the time their cards fall due, so the timer finds due sessions without scanning every session.</summary>
/// <remarks>
/// Entries are written when sessions are saved (scheduled, re-synced, moved); an entry whose session moved or was cancelled
/// since is simply skipped when it falls due. An entry is listed until it is marked dispatched, so a crash between enqueuing
/// and marking only enqueues it twice, which the outbox absorbs.
/// </remarks>
public interface ISessionDueIndex
{
    /// <summary>Entries due at or before <paramref name="now"/> and not yet dispatched, reading only the recent time buckets.</summary>
    IAsyncEnumerable<DueSession> ListDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default);

    Task MarkDispatchedAsync(DueSession entry, CancellationToken cancellationToken = default);
}
