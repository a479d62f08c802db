namespace Mentoring.Core.Delivery;

/// <summary>The fan-out: one message per due session, then one per member card, each processed by its own queue trigger.</summary>
/// <remarks>Messages are delivered at least once; every consumer is idempotent (the outbox decides what is really sent).</remarks>
public interface IDeliveryQueue
{
    Task EnqueueSessionAsync(DueSession session, CancellationToken cancellationToken = default);

    Task EnqueueCardsAsync(IReadOnlyList<CardDelivery> cards, CancellationToken cancellationToken = default);
}
