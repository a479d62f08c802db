namespace Mentoring.Core.Delivery;

/// <summary>One row per (session, member, kind); every change is conditional on the version read, so two workers never both win.</summary>
public interface IOutbox
{
    /// <summary>Creates the row already claimed; <c>null</c> when it exists (then read it).</summary>
    Task<OutboxRow?> TryCreateClaimedAsync(CardDelivery card, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default);

    Task<OutboxRow?> FindAsync(CardDelivery card, CancellationToken cancellationToken = default);

    /// <summary>Replaces the row if it is still at <c>next.Version</c>; <c>null</c> when someone changed it first.</summary>
    Task<OutboxRow?> TryReplaceAsync(OutboxRow next, CancellationToken cancellationToken = default);

    /// <summary>The rows of one session and kind that are not final yet (a single partition: the session's).</summary>
    Task<IReadOnlyList<OutboxRow>> ListUnfinishedAsync(DueSession session, CancellationToken cancellationToken = default);
}
