namespace Mentoring.Core.Delivery;

/// <summary>What one attempt at a card did.</summary>
public enum DeliveryResult
{
    Sent,
    Skipped,

    /// <summary>The row was already final: a duplicate message, or one redelivered after its work was done.</summary>
    AlreadyFinal,

    /// <summary>Another worker holds the card: come back after its lease (the card message must not be dropped).</summary>
    Busy,

    /// <summary>Nothing was delivered and it is worth retrying later (throttled, unavailable): come back later.</summary>
    Deferred,
    Unknown,
    Unreachable,
    Failed,
}
