using System.Text.Json;

namespace Mentoring.Infrastructure.Bot;

/// <summary>Classifies the Bot Connector's answers the way Teams documents them (msteams-docs, bot-docs rest-api).</summary>
internal static class TeamsErrors
{
    /// <summary>403 codes after which the person must not be written to again: they (or their admin) said no.</summary>
    private static readonly HashSet<string> StopWriting = new(StringComparer.OrdinalIgnoreCase)
    {
        "ConversationBlockedByUser", "BotNotInConversationRoster", "BotDisabledByAdmin", "MessageWritesBlocked", "209",
    };

    /// <summary>Statuses Teams asks the bot to retry: nothing was delivered.</summary>
    public static bool IsRetryable(int status) => status is 429 or 412 or 502 or 503 or 504;

    /// <summary>Gateway failures: the service behind the gateway may have carried the request out before the gateway gave up.</summary>
    public static bool MayHaveBeenDelivered(int status) => status is 502 or 504;

    public static BotConnectorStatus Classify(int status, string? code) => status switch
    {
        _ when IsRetryable(status) => BotConnectorStatus.RetryLater,
        403 when code is not null && StopWriting.Contains(code) => BotConnectorStatus.Unreachable,
        403 => BotConnectorStatus.NotInstalled,
        404 => BotConnectorStatus.NotFound,
        401 or 500 => BotConnectorStatus.RetryLater,
        _ => BotConnectorStatus.Rejected,
    };

    /// <summary>
    /// The error code of a body like <c>{"error":{"code":"ConversationBlockedByUser","message":…}}</c>, or the older
    /// <c>{"errorCode":209,"message":"…MessageWritesBlocked…"}</c>.
    /// </summary>
    public static string? CodeOf(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object && error.TryGetProperty("code", out var code))
            {
                return code.GetString();
            }

            if (root.TryGetProperty("errorCode", out var number))
            {
                return number.ValueKind == JsonValueKind.Number ? number.GetRawText() : number.GetString();
            }
        }
        catch (JsonException)
        {
            // An HTML error page from a gateway: the status says enough.
        }

        return null;
    }
}
