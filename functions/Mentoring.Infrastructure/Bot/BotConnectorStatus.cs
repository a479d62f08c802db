namespace Mentoring.Infrastructure.Bot;

/// <summary>What a Bot Connector answer means for the caller, from its status and Teams' error code.</summary>
internal enum BotConnectorStatus
{
    Ok,

    /// <summary>429, 412, 502, 503, 504 still failing after the bounded retries, or a Retry-After too long to wait in-process.</summary>
    RetryLater,

    /// <summary>No answer (timeout, connection lost): the request may have been carried out.</summary>
    Unknown,

    /// <summary>403 ConversationBlockedByUser, BotNotInConversationRoster (app removed), BotDisabledByAdmin, MessageWritesBlocked (209).</summary>
    Unreachable,

    /// <summary>Any other 403 when creating a conversation: the app is not (yet) installed for the person.</summary>
    NotInstalled,

    /// <summary>404 ConversationNotFound: the stored conversation is gone.</summary>
    NotFound,

    /// <summary>Any other 4xx (413 MessageSizeTooBig, 400 BadArgument): the request itself is wrong and would fail again.</summary>
    Rejected,
}
