namespace Mentoring.Core.Delivery;

/// <summary>The stored state of one card's delivery, with the version (ETag) any change must present.</summary>
/// <param name="LeaseUntil">While <see cref="OutboxState.Claimed"/> or <see cref="OutboxState.Sending"/>: until when the holder owns it.</param>
/// <param name="Attempts">Claims so far; bounded by <see cref="DeliverySettings.MaxAttempts"/>.</param>
/// <param name="Detail">Why a final state was reached (the Teams error code, "lost response"…), for people reading the table.</param>
public sealed record OutboxRow(CardDelivery Card, OutboxState State, DateTimeOffset? LeaseUntil, int Attempts, string? ActivityId, string? Detail, string Version)
{
    /// <summary>When the row was last written, by the injected clock (<c>null</c> for rows written before it was kept).</summary>
    public DateTimeOffset? ChangedAt { get; init; }

    public bool IsFinal => State is OutboxState.Sent or OutboxState.Skipped or OutboxState.Unknown or OutboxState.Unreachable or OutboxState.Failed;
}
