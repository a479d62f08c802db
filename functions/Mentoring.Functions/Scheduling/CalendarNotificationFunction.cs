using System.Text.Json;
using System.Text.Json.Nodes;
using Mentoring.Core.Common;
using Mentoring.Core.Scheduling.Notifications;
using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Mentoring.Functions.Scheduling;

/// <summary>
/// Where Graph posts change and lifecycle notifications for organizers' events. Its caller is Graph, which carries no token:
/// it passes the Entra gate, and each notification's clientState (checked by <see cref="AcceptCalendarNotifications"/>) is
/// its credential; the validation handshake (learn.microsoft.com/graph/change-notifications-delivery-webhooks) reads nothing.
/// </summary>
/// <remarks>Answers within Graph's 3 seconds: one point read per subscription named and one queue write, never a Graph call.</remarks>
public sealed partial class CalendarNotificationFunction(AcceptCalendarNotifications accept, ILogger<CalendarNotificationFunction> logger)
{
    private const int MaxTokenLength = 1024;

    [Function("CalendarNotifications")]
    [AllowAnonymousFunction]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "notifications/calendar")] HttpRequest req, CancellationToken ct)
    {
        if (req.Query.TryGetValue("validationToken", out var token))
        {
            return Validation(req, token.ToString());
        }

        var notifications = await ReadAsync(req, ct);
        if (notifications is null)
        {
            return Problems.From([Error.Invalid("value", "notifications.unreadable")], req);
        }

        var receipt = await accept.ExecuteAsync(notifications, ct);
        if (receipt.Unknown > 0 || receipt.Forged > 0)
        {
            LogIgnored(logger, receipt.Unknown, receipt.Forged);
        }

        return new JsonResponse(null, StatusCodes.Status202Accepted);
    }

    /// <summary>Echoes Graph's token as text/plain; anything unlike Graph's request (a body, an odd token) is refused, echoing nothing.</summary>
    private static IActionResult Validation(HttpRequest req, string token)
    {
        if (req.ContentLength > 0 || token.Length is 0 or > MaxTokenLength || token.Any(c => c is < ' ' or > '~' or '<' or '>' or '&' or '"' or '\''))
        {
            return Problems.From([Error.Invalid("validationToken", "notifications.validationRefused")], req);
        }

        return new PlainTextResponse(token);
    }

    private static async Task<IReadOnlyList<CalendarNotification>?> ReadAsync(HttpRequest req, CancellationToken ct)
    {
        try
        {
            if (await JsonNode.ParseAsync(req.Body, cancellationToken: ct) is not JsonObject { } body || body["value"] is not JsonArray values)
            {
                return null;
            }

            return [.. values.OfType<JsonObject>().Select(v => new CalendarNotification(
                Text(v, "tenantId"), Text(v, "subscriptionId"), Text(v, "clientState"), Text(v["resourceData"] as JsonObject, "id"),
                Text(v["resourceData"] as JsonObject, "@odata.etag"), Text(v, "lifecycleEvent")))];
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonObject? o, string name) => o?[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Calendar notifications ignored: {Unknown} for unknown subscriptions, {Forged} with a wrong clientState")]
    private static partial void LogIgnored(ILogger logger, int unknown, int forged);
}
