using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Scheduling.Notifications;

/// <summary>What the notification endpoint queues: an event that changed, or a lifecycle event of a subscription.</summary>
/// <param name="EventId">The changed event (a series master for a series); null for a lifecycle event.</param>
/// <param name="ChangeKey">The event's version as the notification gave it (its etag), "" when unknown (a catch-up).</param>
/// <param name="ReceivedAt">When the notification arrived: a sync that started after it has already read this change.</param>
/// <param name="LifecycleEvent">"reauthorizationRequired", "subscriptionRemoved" or "missed"; null for a change.</param>
public sealed record CalendarWork(
    TenantId Tenant, PersonId Organizer, string SubscriptionId, string? EventId, string ChangeKey, DateTimeOffset ReceivedAt, string? LifecycleEvent = null);

/// <summary>The queue between the notification endpoint and its worker.</summary>
public interface ICalendarWorkQueue
{
    Task EnqueueAsync(IReadOnlyList<CalendarWork> work, CancellationToken cancellationToken = default);
}
