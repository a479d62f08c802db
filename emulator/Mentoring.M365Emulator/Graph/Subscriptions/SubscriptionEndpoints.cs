using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Mentoring.M365Emulator.Graph.Pipeline;

namespace Mentoring.M365Emulator.Graph.Subscriptions;

/// <summary>POST, GET, PATCH and DELETE /v1.0/subscriptions, for Outlook events: <c>/users/{id}/events</c>.</summary>
/// <remarks>
/// learn.microsoft.com/graph/api/subscription-post-subscriptions and /graph/api/resources/subscription: changeType is a
/// comma-separated subset of created, updated, deleted; clientState at most 128 characters; expirationDateTime in the future
/// and at most <see cref="MaxLifetime"/> away for Outlook events (10,080 minutes, under 7 days); a subscription needs a read
/// permission on the resource (Calendars.Read for events); the notification URL (and the lifecycle URL, if given) must pass
/// the validation request before the subscription exists (<see cref="NotificationDelivery"/>); at most 1,000 subscriptions
/// per mailbox (outlook-change-notifications-overview). Graph demands HTTPS; the emulator also takes http on loopback, where
/// local runs have no certificate. PATCH renews (expirationDateTime only, same limit). An expired subscription is gone.
/// </remarks>
internal static partial class SubscriptionEndpoints
{
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(10080);
    private const int MaxClientState = 128;
    private const int MaxPerMailbox = 1000;
    private static readonly HashSet<string> ChangeTypes = ["created", "updated", "deleted"];

    public static void MapSubscriptions(this IEndpointRouteBuilder app, ChangeNotifications notifications, EmulatorPermissions permissions, TimeProvider time)
    {
        app.MapPost("/v1.0/subscriptions", async (HttpRequest request) =>
        {
            if (Denied(request) is { } denied)
                return denied;
            if (await GraphRequest.ReadObjectAsync(request) is not { } body)
                return GraphErrors.BadRequest("The request body is not a JSON object.");
            var tenant = Caller(request).Tenant;
            var (draft, error) = Read(body, tenant, time.GetUtcNow());
            if (error is not null)
                return error;
            if (Caller(request).AppOnly && permissions.IsOutsideAccessPolicy(draft!.Mailbox))
            {
                // learn.microsoft.com/graph/auth-limit-mailbox-access restricts the app's application access to the policy's
                // mailboxes and does not say whether subscriptions are covered: stricter, they are. Graph wraps Exchange's refusal of
                // an Outlook subscription as ExtensionError "Operation: Create; Exception: [Status Code: Forbidden; …]" (the shape
                // reported in microsoftgraph/msgraph-sdk-dotnet#365 and microsoft-graph-docs-contrib#7625).
                return GraphErrors.Result(StatusCodes.Status403Forbidden, "ExtensionError",
                    "Operation: Create; Exception: [Status Code: Forbidden; Reason: " + Pipeline.ApplicationAccessPolicy.Message + "]");
            }

            if (notifications.CountFor(draft!.Mailbox) >= MaxPerMailbox)
                return GraphErrors.Result(StatusCodes.Status403Forbidden, "ExtensionError", "The mailbox has reached its limit of 1000 subscriptions.");
            foreach (var url in new[] { draft.NotificationUrl, draft.LifecycleNotificationUrl }.OfType<Uri>())
            {
                if (!await notifications.Delivery.ValidateAsync(url, request.HttpContext.RequestAborted))
                    return GraphErrors.Result(StatusCodes.Status400BadRequest, "ValidationError",
                        "Subscription validation request failed. Notification endpoint must respond with 200 OK to validation request.");
            }

            notifications.Add(draft);
            return GraphRequest.Json(draft.Render(GraphRequest.Context(request, "subscriptions/$entity")), StatusCodes.Status201Created);
        });

        app.MapGet("/v1.0/subscriptions/{id}", (string id, HttpRequest request) =>
            notifications.Find(id, Caller(request).Tenant) is { } found
                ? GraphRequest.Json(found.Render(GraphRequest.Context(request, "subscriptions/$entity")))
                : NotFound(id));

        app.MapPatch("/v1.0/subscriptions/{id}", async (string id, HttpRequest request) =>
        {
            if (notifications.Find(id, Caller(request).Tenant) is not { } found)
                return NotFound(id);
            if (await GraphRequest.ReadObjectAsync(request) is not { } body || body.Any(p => p.Key != "expirationDateTime"))
                return GraphErrors.BadRequest("Only expirationDateTime can be updated.");
            var (expiry, error) = Expiry(body, time.GetUtcNow());
            if (error is not null)
                return error;
            found.Expiration = expiry;
            return GraphRequest.Json(found.Render(GraphRequest.Context(request, "subscriptions/$entity")));
        });

        app.MapDelete("/v1.0/subscriptions/{id}", (string id, HttpRequest request) =>
            notifications.Find(id, Caller(request).Tenant) is not null && notifications.Remove(id) ? Results.NoContent() : NotFound(id));
    }

    private static (GraphSubscription?, IResult?) Read(JsonObject body, Guid tenant, DateTimeOffset now)
    {
        var resource = Text(body, "resource");
        if (EventsResource().Match(resource) is not { Success: true } match)
            return (null, GraphErrors.BadRequest($"Resource '{resource}' is not supported: the emulator serves /users/{{id}}/events."));
        if (DemoDirectory.Find(Uri.UnescapeDataString(match.Groups[1].Value)) is not { } user || user.TenantId != tenant)
            return (null, GraphRequest.UnknownUser(match.Groups[1].Value));
        var changes = Text(body, "changeType").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        if (changes.Count == 0 || !changes.IsSubsetOf(ChangeTypes))
            return (null, GraphErrors.BadRequest("changeType must be a comma-separated list of created, updated, deleted."));
        var clientState = body["clientState"]?.GetValue<string>();
        if (clientState?.Length > MaxClientState)
            return (null, GraphErrors.BadRequest("clientState is limited to 128 characters."));
        if (Url(body, "notificationUrl") is not { } notify)
            return (null, GraphErrors.BadRequest("notificationUrl must be an absolute HTTPS URL."));
        var lifecycle = Url(body, "lifecycleNotificationUrl");
        if (body["lifecycleNotificationUrl"] is not null && lifecycle is null)
            return (null, GraphErrors.BadRequest("lifecycleNotificationUrl must be an absolute HTTPS URL."));
        var (expiry, error) = Expiry(body, now);
        if (error is not null)
            return (null, error);
        var subscription = new GraphSubscription(Guid.NewGuid().ToString(), tenant, user.Id, resource, changes, notify)
        {
            LifecycleNotificationUrl = lifecycle,
            ClientState = clientState,
            Expiration = expiry,
        };
        return (subscription, null);
    }

    private static (DateTimeOffset, IResult?) Expiry(JsonObject body, DateTimeOffset now)
    {
        if (!DateTimeOffset.TryParse(Text(body, "expirationDateTime"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expiry))
            return (default, GraphErrors.BadRequest("expirationDateTime is required."));
        if (expiry <= now)
            return (default, GraphErrors.BadRequest("Subscription expiration must be in the future."));
        if (expiry > now + MaxLifetime)
            return (default, GraphErrors.BadRequest($"Subscription expiration can only be {MaxLifetime.TotalMinutes} minutes in the future."));
        return (expiry, null);
    }

    private static Uri? Url(JsonObject body, string name) =>
        Uri.TryCreate(Text(body, name), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))
            ? url
            : null;

    private static string Text(JsonObject body, string name) => body[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";

    private static GraphCaller Caller(HttpRequest request) => (GraphCaller)request.HttpContext.Items[typeof(GraphCaller)]!;

    /// <summary>Creating a subscription on events needs a read permission on them (the subscription-post page's table).</summary>
    private static IResult? Denied(HttpRequest request) =>
        Caller(request).Permissions.Overlaps(["Calendars.Read", "Calendars.ReadWrite"])
            ? null
            : GraphErrors.Result(StatusCodes.Status403Forbidden, "ExtensionError", "Operation: Create; Exception: [Status Code: Forbidden; Reason: Access is denied.]");

    private static IResult NotFound(string id) =>
        GraphErrors.Result(StatusCodes.Status404NotFound, "ResourceNotFound", $"The object '{id}' was not found.");

    [GeneratedRegex("^/?users/([^/]+)/events$", RegexOptions.IgnoreCase)]
    private static partial Regex EventsResource();
}
