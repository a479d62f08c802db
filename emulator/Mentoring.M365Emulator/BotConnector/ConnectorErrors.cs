using System.Globalization;
using System.Text.Json.Nodes;

namespace Mentoring.M365Emulator.BotConnector;

/// <summary>
/// The Bot Connector's answers to a request it refuses, with the codes and words Teams documents
/// (msteams-docs bots/build-conversational-capability.md, "Status codes from bot conversational APIs").
/// </summary>
/// <remarks>Every error is <c>{"error":{"code","message"}}</c> (the connector's ErrorResponse), except the 401 of a missing or
/// bad token, which is the bare ASP.NET <c>{"message":"Authorization has been denied for this request."}</c> the service sends.</remarks>
internal static class ConnectorErrors
{
    public static IResult BadArgument(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult ConversationNotFound() => Error(StatusCodes.Status404NotFound, "ConversationNotFound", "Conversation not found.");

    public static IResult ActivityNotFound() => Error(StatusCodes.Status404NotFound, "ActivityNotFoundInConversation", "Conversation not found.");

    public static IResult Blocked() => Error(StatusCodes.Status403Forbidden, "ConversationBlockedByUser", "User blocked the conversation with the bot.");

    public static IResult NotInRoster() => Error(StatusCodes.Status403Forbidden, "BotNotInConversationRoster", "The bot is not part of the conversation roster.");

    public static IResult NotInstalled() => Error(StatusCodes.Status403Forbidden, "ForbiddenOperationException", "Bot is not installed in user's personal scope");

    public static IResult TooBig() => Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "Message size too large.");

    public static IResult Throttled(TimeSpan retryAfter) => new Throttle(retryAfter);

    public static IResult Error(int status, string code, string message) => Results.Json(Body(code, message), statusCode: status);

    /// <summary>What a failure injected with <paramref name="status"/> looks like; 429 and 503 carry a Retry-After.</summary>
    public static Task WriteInjectedAsync(HttpContext context, int status, int retryAfterSeconds)
    {
        var (code, message) = status switch
        {
            StatusCodes.Status429TooManyRequests => ("Throttled", "Too many requests."),
            StatusCodes.Status412PreconditionFailed => ("PreconditionFailed", "Precondition failed, please try again."),
            StatusCodes.Status503ServiceUnavailable => ("ServiceUnavailable", "The service is unavailable."),
            StatusCodes.Status504GatewayTimeout => ("GatewayTimeout", "The operation timed out."),
            _ => ("ServiceError", "Injected failure."),
        };
        if (status is StatusCodes.Status429TooManyRequests or StatusCodes.Status503ServiceUnavailable)
            context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return WriteAsync(context, status, code, message);
    }

    public static Task WriteAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(Body(code, message), context.RequestAborted);
    }

    public static Task WriteUnauthorizedAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return context.Response.WriteAsJsonAsync(new JsonObject { ["message"] = "Authorization has been denied for this request." }, context.RequestAborted);
    }

    private static JsonObject Body(string code, string message) => new()
    {
        ["error"] = new JsonObject { ["code"] = code, ["message"] = message },
    };

    private sealed class Throttle(TimeSpan retryAfter) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            // Whole seconds, rounded up: retrying at the announced time must find the window open again.
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return WriteAsync(httpContext, StatusCodes.Status429TooManyRequests, "Throttled", "Too many requests.");
        }
    }
}
