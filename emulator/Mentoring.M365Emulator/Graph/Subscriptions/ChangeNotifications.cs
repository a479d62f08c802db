using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Mentoring.M365Emulator.Graph.Subscriptions;

/// <summary>The emulator's subscriptions and their notifications, with the switches a test needs (lost notifications, lifecycle events).</summary>
/// <remarks>
/// Each change to an event is told, once per subscription of each mailbox that sees the event and whose changeType includes
/// it, as a changeNotificationCollection (learn.microsoft.com/graph/api/resources/changenotification): subscriptionId,
/// subscriptionExpirationDateTime, changeType, resource <c>Users/{id}/Events/{id}</c>, resourceData (id, @odata.type,
/// @odata.id, @odata.etag), clientState and tenantId. Delivery is in the background, one notification at a time, in the
/// order of the changes: a change never waits for the receiving endpoint. Lifecycle notifications
/// (learn.microsoft.com/graph/change-notifications-lifecycle-events) are sent only when a test asks, except that a
/// notification Graph failed to deliver is followed by <c>missed</c>, as Outlook does.
/// </remarks>
public sealed class ChangeNotifications : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, GraphSubscription> _subscriptions = new(StringComparer.Ordinal);
    private readonly Channel<(Uri Url, JsonObject Body, GraphSubscription? MissedOf)> _outbox = Channel.CreateUnbounded<(Uri, JsonObject, GraphSubscription?)>();
    private readonly HttpClient _http = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly TimeProvider _time;
    private readonly Task _loop;
    private int _pending;
    private int _toDrop;

    internal ChangeNotifications(EventChanges changes, TimeProvider time)
    {
        _time = time;
        Delivery = new NotificationDelivery(_http);
        changes.Listener = Enqueue;
        _loop = Task.Run(DeliverAsync);
    }

    internal NotificationDelivery Delivery { get; }

    /// <summary>Notifications delivered (a 2xx within Graph's limit), failed, and lost on purpose (<see cref="DropNext"/>).</summary>
    public int Delivered { get; private set; }

    public int Failed { get; private set; }

    public int Dropped { get; private set; }

    /// <summary>The slowest answer a notification endpoint gave so far.</summary>
    public TimeSpan SlowestAnswer { get; private set; }

    /// <summary>The ids of the subscriptions that exist now (expired ones included until they are read).</summary>
    public IReadOnlyCollection<string> Ids => [.. _subscriptions.Keys];

    /// <summary>Loses the next <paramref name="count"/> change notifications, as Graph's drop state does: they are never sent.</summary>
    public void DropNext(int count) => Interlocked.Exchange(ref _toDrop, count);

    /// <summary>Sends a lifecycle notification: "reauthorizationRequired", "subscriptionRemoved" (the subscription is gone) or "missed".</summary>
    public void SendLifecycle(string subscriptionId, string lifecycleEvent)
    {
        if (!_subscriptions.TryGetValue(subscriptionId, out var subscription))
            throw new ArgumentException($"No subscription {subscriptionId}.", nameof(subscriptionId));
        if (lifecycleEvent == "subscriptionRemoved")
            _subscriptions.TryRemove(subscriptionId, out _);
        Post(subscription.LifecycleTarget, Lifecycle(subscription, lifecycleEvent), null);
    }

    /// <summary>Waits until every notification queued so far was delivered, failed or dropped.</summary>
    public async Task WhenIdleAsync(CancellationToken cancellationToken = default)
    {
        while (Volatile.Read(ref _pending) > 0)
            await Task.Delay(10, cancellationToken);
    }

    internal void Add(GraphSubscription subscription) => _subscriptions[subscription.Id] = subscription;

    internal bool Remove(string id) => _subscriptions.TryRemove(id, out _);

    /// <summary>The caller's live subscription; an expired one is deleted on the way, as Graph removes them.</summary>
    internal GraphSubscription? Find(string id, Guid tenant)
    {
        if (!_subscriptions.TryGetValue(id, out var found) || found.Tenant != tenant)
            return null;
        if (found.Expiration > _time.GetUtcNow())
            return found;
        _subscriptions.TryRemove(id, out _);
        return null;
    }

    internal int CountFor(Guid mailbox) => _subscriptions.Values.Count(s => s.Mailbox == mailbox);

    private void Enqueue(EventChange change)
    {
        var now = _time.GetUtcNow();
        foreach (var subscription in _subscriptions.Values)
        {
            if (!change.Mailboxes.Contains(subscription.Mailbox) || !subscription.ChangeTypes.Contains(change.ChangeType) || subscription.Expiration <= now)
                continue;
            if (Interlocked.Decrement(ref _toDrop) >= 0)
            {
                Dropped++;
                continue;
            }

            Interlocked.Exchange(ref _toDrop, 0);
            Post(subscription.NotificationUrl, Notification(subscription, change), subscription);
        }
    }

    private void Post(Uri url, JsonObject body, GraphSubscription? missedOf)
    {
        Interlocked.Increment(ref _pending);
        _outbox.Writer.TryWrite((url, body, missedOf));
    }

    private async Task DeliverAsync()
    {
        await foreach (var (url, body, missedOf) in _outbox.Reader.ReadAllAsync(_stop.Token))
        {
            var (delivered, elapsed) = await Delivery.PostAsync(url, body, _stop.Token);
            SlowestAnswer = elapsed > SlowestAnswer ? elapsed : SlowestAnswer;
            if (delivered)
                Delivered++;
            else
                Failed++;
            if (!delivered && missedOf is not null && _subscriptions.ContainsKey(missedOf.Id))
                Post(missedOf.LifecycleTarget, Lifecycle(missedOf, "missed"), null);
            Interlocked.Decrement(ref _pending);
        }
    }

    private static JsonObject Notification(GraphSubscription subscription, EventChange change)
    {
        // A subscription is on one mailbox's events (/users/{id}/events) and a basic notification carries "the ID of the changed
        // resource" (learn.microsoft.com/graph/change-notifications-overview, learn.microsoft.com/graph/outlook-change-notifications-overview):
        // the item in that mailbox. An attendee's item is their own copy, with its own id (learn.microsoft.com/graph/api/resources/event,
        // id vs iCalUId), so an attendee's subscription names the copy, never the organizer's item. Called under the calendar's gate.
        var id = change.Event.IdIn(subscription.Mailbox);
        var resource = $"Users/{subscription.Mailbox}/Events/{id}";
        var entry = Entry(subscription);
        entry["changeType"] = change.ChangeType;
        entry["resource"] = resource;
        entry["resourceData"] = new JsonObject
        {
            ["@odata.type"] = "#Microsoft.Graph.Event",
            ["@odata.id"] = resource,
            ["@odata.etag"] = $"W/\"{change.ChangeKey}\"",
            ["id"] = id,
        };
        return new JsonObject { ["value"] = new JsonArray(entry) };
    }

    private static JsonObject Lifecycle(GraphSubscription subscription, string lifecycleEvent)
    {
        var entry = Entry(subscription);
        entry["lifecycleEvent"] = lifecycleEvent;
        return new JsonObject { ["value"] = new JsonArray(entry) };
    }

    private static JsonObject Entry(GraphSubscription subscription) => new()
    {
        ["subscriptionId"] = subscription.Id,
        ["subscriptionExpirationDateTime"] = subscription.Expiration.ToString("yyyy-MM-ddTHH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture),
        ["clientState"] = subscription.ClientState,
        ["tenantId"] = subscription.Tenant.ToString(),
    };

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        _http.Dispose();
        _stop.Dispose();
    }
}
