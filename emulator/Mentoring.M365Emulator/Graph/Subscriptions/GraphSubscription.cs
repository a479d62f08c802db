using System.Text.Json.Nodes;

namespace Mentoring.M365Emulator.Graph.Subscriptions;

/// <summary>A subscription on one mailbox's events, as created by POST /subscriptions (learn.microsoft.com/graph/api/resources/subscription).</summary>
internal sealed class GraphSubscription(string id, Guid tenant, Guid mailbox, string resource, IReadOnlySet<string> changeTypes, Uri notificationUrl)
{
    public string Id { get; } = id;

    public Guid Tenant { get; } = tenant;

    public Guid Mailbox { get; } = mailbox;

    public string Resource { get; } = resource;

    public IReadOnlySet<string> ChangeTypes { get; } = changeTypes;

    public Uri NotificationUrl { get; } = notificationUrl;

    public Uri? LifecycleNotificationUrl { get; init; }

    public string? ClientState { get; init; }

    public DateTimeOffset Expiration { get; set; }

    /// <summary>Where lifecycle notifications go: their own URL, else the change notifications' (outlook-change-notifications-overview).</summary>
    public Uri LifecycleTarget => LifecycleNotificationUrl ?? NotificationUrl;

    public JsonObject Render(string context) => new()
    {
        ["@odata.context"] = context,
        ["id"] = Id,
        ["resource"] = Resource,
        ["changeType"] = string.Join(',', ChangeTypes.Order(StringComparer.Ordinal)),
        ["clientState"] = ClientState,
        ["notificationUrl"] = NotificationUrl.ToString(),
        ["lifecycleNotificationUrl"] = LifecycleNotificationUrl?.ToString(),
        ["expirationDateTime"] = Expiration.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture),
        ["latestSupportedTlsVersion"] = "v1_2",
    };
}
