namespace Mentoring.Infrastructure.Bot;

/// <summary>One Bot Connector call's result: the resource id on success, else Teams' error code and any Retry-After.</summary>
internal sealed record BotConnectorResponse(BotConnectorStatus Status, string? Id = null, string? ErrorCode = null, TimeSpan? RetryAfter = null);
