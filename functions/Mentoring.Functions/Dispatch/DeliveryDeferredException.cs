using Mentoring.Core.Delivery;

namespace Mentoring.Functions.Dispatch;

/// <summary>Thrown by the card trigger so the queue delivers the message again later: the card is held elsewhere, or was not delivered and can be.</summary>
public sealed class DeliveryDeferredException : Exception
{
    public DeliveryDeferredException()
    {
    }

    public DeliveryDeferredException(string message)
        : base(message)
    {
    }

    public DeliveryDeferredException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public DeliveryDeferredException(CardDelivery card, DeliveryOutcome outcome)
        : base($"{card?.Kind} card of session {card?.SessionId} for {card?.Member}: {outcome?.Result}, retry after {outcome?.RetryAfter}")
    {
        RetryAfter = outcome?.RetryAfter;
    }

    public TimeSpan? RetryAfter { get; }
}
