using Mentoring.Core.Delivery;

namespace Mentoring.Infrastructure.Dispatch;

/// <summary>The fan-out over Storage queues (base64 messages, as the Functions queue trigger expects by default).</summary>
internal sealed class StorageDeliveryQueue(DeliveryQueues queues) : IDeliveryQueue
{
    public Task EnqueueSessionAsync(DueSession session, CancellationToken cancellationToken = default) =>
        queues.Sessions.SendMessageAsync(DeliveryMessages.Write(session), cancellationToken);

    public Task EnqueueCardsAsync(IReadOnlyList<CardDelivery> cards, CancellationToken cancellationToken = default) =>
        Task.WhenAll(cards.Select(c => queues.Cards.SendMessageAsync(DeliveryMessages.Write(c), cancellationToken)));
}
