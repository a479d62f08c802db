namespace Mentoring.Core.Delivery;

/// <summary>The result of one attempt and, when it must come back, after how long.</summary>
public sealed record DeliveryOutcome(DeliveryResult Result, TimeSpan? RetryAfter = null)
{
    /// <summary>The card message must be processed again later (the queue's retry), not deleted.</summary>
    public bool MustRetry => Result is DeliveryResult.Busy or DeliveryResult.Deferred;
}
