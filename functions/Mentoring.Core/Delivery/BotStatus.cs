namespace Mentoring.Core.Delivery;

/// <summary>How a step with the bot ended, as far as delivering a card is concerned.</summary>
public enum BotStatus
{
    /// <summary>Done: the conversation is open, or the card was delivered.</summary>
    Done,

    /// <summary>Known not to have delivered anything (throttled, service unavailable after the bounded retries): try again later.</summary>
    RetryLater,

    /// <summary>The request may have been delivered (timeout, lost response).</summary>
    Unknown,

    /// <summary>The person blocked the bot, removed the app, or an admin disabled it.</summary>
    Unreachable,

    /// <summary>Teams refused the request itself (too big, malformed): it would fail again.</summary>
    Rejected,
}
