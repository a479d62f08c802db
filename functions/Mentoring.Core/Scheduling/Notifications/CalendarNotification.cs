namespace Mentoring.Core.Scheduling.Notifications;

/// <summary>One entry of a changeNotificationCollection as Graph posts it (learn.microsoft.com/graph/api/resources/changenotification).</summary>
/// <param name="EventId">resourceData.id: the event that changed; null for a lifecycle notification.</param>
/// <param name="ChangeKey">resourceData's @odata.etag, the event's version.</param>
public sealed record CalendarNotification(string? TenantId, string? SubscriptionId, string? ClientState, string? EventId, string? ChangeKey, string? LifecycleEvent);

/// <summary>What the endpoint did with a collection: queued, or ignored as unknown subscription or wrong clientState.</summary>
public sealed record NotificationReceipt(int Queued, int Unknown, int Forged);
