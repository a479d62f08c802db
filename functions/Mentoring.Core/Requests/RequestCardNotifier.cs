using Mentoring.Core.Delivery;

namespace Mentoring.Core.Requests;

/// <summary>The bot's <see cref="IRequestNotifier"/>: a card message on the card queue, delivered once through the outbox.</summary>
/// <remarks>
/// Nothing is sent inside the HTTP request: the request is stored first, then one message names the card to deliver, and the
/// card queue's worker (<see cref="DeliverCard"/>) delivers it at most once whatever the Bot Connector does. Enqueuing twice is
/// harmless (the outbox keeps one row per request and person), so a client retrying with the same Idempotency-Key, whose first
/// attempt may have stopped before this enqueue, re-enqueues it and still gets one card.
/// </remarks>
public sealed class RequestCardNotifier(IDeliveryQueue queue) : IRequestNotifier
{
    public Task RequestSentAsync(MentorRequest request, CancellationToken cancellationToken = default) =>
        queue.EnqueueCardsAsync([DeliveryOf(request, CardKind.MentorRequest)], cancellationToken);

    public Task RequestAnsweredAsync(MentorRequest request, CancellationToken cancellationToken = default) =>
        queue.EnqueueCardsAsync([DeliveryOf(request, CardKind.RequestAnswer)], cancellationToken);

    /// <summary>The one outbox row of a request's card: to the mentor for the request, to the mentee for the answer.</summary>
    public static CardDelivery DeliveryOf(MentorRequest request, CardKind kind)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new CardDelivery(request.Tenant, request.Circle, request.Id.ToString("N"), kind == CardKind.MentorRequest ? request.Mentor : request.Mentee, kind);
    }
}
