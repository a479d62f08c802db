using System.Security.Cryptography;
using System.Text;
using Mentoring.Core.Common;

namespace Mentoring.Core.Scheduling.Notifications;

/// <summary>The notification endpoint's use case: checks each notification against its subscription, then only queues work.</summary>
/// <remarks>
/// <para>Graph gives an endpoint 3 seconds (learn.microsoft.com/graph/change-notifications-delivery-webhooks), and throttles,
/// then drops, for endpoints that are slow: so nothing here calls Graph; one point read per subscription named, one queue write.</para>
/// <para>The clientState is the notification's only credential: a notification for a subscription the product does not have, or
/// whose clientState is missing or another, changes nothing and is only counted (compared in constant time, never logged).
/// Entries for the same event in one collection are queued once, the last one standing for all.</para>
/// </remarks>
public sealed class AcceptCalendarNotifications(IMailboxSubscriptions subscriptions, ICalendarWorkQueue queue, TimeProvider time)
{
    public async Task<NotificationReceipt> ExecuteAsync(IReadOnlyList<CalendarNotification> notifications, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        var now = time.GetUtcNow();
        var known = new Dictionary<(TenantId, string), MailboxSubscription?>();
        var work = new Dictionary<(string, string?, string?), CalendarWork>();
        var (unknown, forged) = (0, 0);
        foreach (var notification in notifications)
        {
            if (!TenantId.TryParse(notification.TenantId, out var tenant) || string.IsNullOrEmpty(notification.SubscriptionId))
            {
                unknown++;
                continue;
            }

            var key = (tenant, notification.SubscriptionId);
            if (!known.TryGetValue(key, out var subscription))
            {
                known[key] = subscription = await subscriptions.FindByIdAsync(tenant, notification.SubscriptionId, cancellationToken).ConfigureAwait(false);
            }

            if (subscription is null)
            {
                unknown++;
                continue;
            }

            if (!SameSecret(subscription.ClientState, notification.ClientState))
            {
                forged++;
                continue;
            }

            if (notification.LifecycleEvent is null && string.IsNullOrEmpty(notification.EventId))
            {
                unknown++;
                continue;
            }

            work[(subscription.SubscriptionId, notification.EventId, notification.LifecycleEvent)] = new CalendarWork(
                tenant, subscription.Organizer, subscription.SubscriptionId, notification.EventId, notification.ChangeKey ?? "", now, notification.LifecycleEvent);
        }

        if (work.Count > 0)
        {
            await queue.EnqueueAsync([.. work.Values], cancellationToken).ConfigureAwait(false);
        }

        return new NotificationReceipt(work.Count, unknown, forged);
    }

    private static bool SameSecret(string expected, string? given) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));
}
