using System.Text.Json.Nodes;

namespace Mentoring.M365Emulator.Graph.Teamwork;

/// <summary>
/// Each person's Teams activity feed: the notifications apps sent through Graph, newest first, as the Teams client's activity
/// rail shows them (learn.microsoft.com/graph/teams-send-activityfeednotifications, "Components of activity feed notifications":
/// actor + reason from the activity type's template, a text preview, the topic and its link).
/// </summary>
public sealed class ActivityFeed(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, List<FeedNotification>> _feeds = [];

    /// <summary>The per app and per tenant rate limits of the two send actions.</summary>
    internal ActivityFeedLimits Limits { get; } = new(time);

    /// <summary>Off only for tests that count something else than throttling; on by default, as in Teams.</summary>
    public bool EnforceRateLimits
    {
        get => Limits.Enforced;
        set => Limits.Enforced = value;
    }

    private int _throttled;

    /// <summary>A fault: the next <paramref name="requests"/> send requests answer 429 (Retry-After 1 s), whatever the limits.</summary>
    public void Throttle(int requests) => Interlocked.Exchange(ref _throttled, requests);

    internal bool TakeThrottle()
    {
        int left;
        do
        {
            left = Volatile.Read(ref _throttled);
            if (left <= 0)
                return false;
        }
        while (Interlocked.CompareExchange(ref _throttled, left - 1, left) != left);
        return true;
    }

    /// <summary>The person's notifications, newest first.</summary>
    public IReadOnlyList<FeedNotification> For(Guid userId)
    {
        lock (_gate)
            return _feeds.TryGetValue(userId, out var feed) ? [.. Enumerable.Reverse(feed)] : [];
    }

    /// <summary>Every notification of every person: what a benchmark counts.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
                return _feeds.Values.Sum(f => f.Count);
        }
    }

    internal void Add(Guid userId, FeedNotification notification)
    {
        lock (_gate)
        {
            if (!_feeds.TryGetValue(userId, out var feed))
                _feeds[userId] = feed = [];
            // learn.microsoft.com/graph/api/userteamwork-sendactivitynotification, "chainId": a later notification with the same
            // chain id overrides the earlier one.
            if (notification.ChainId is { } chain)
                feed.RemoveAll(n => n.ChainId == chain && n.AppId == notification.AppId);
            feed.Add(notification);
        }
    }

    /// <summary>Empties one person's feed (a test's own start).</summary>
    public void Clear(Guid userId)
    {
        lock (_gate)
            _feeds.Remove(userId);
    }

    /// <summary>The person opened a notification: it no longer counts on the bell.</summary>
    public bool MarkRead(Guid userId, string notificationId)
    {
        lock (_gate)
        {
            var index = _feeds.TryGetValue(userId, out var feed) ? feed.FindIndex(n => n.Id == notificationId) : -1;
            if (index < 0)
                return false;
            feed![index] = feed[index] with { Read = true };
            return true;
        }
    }

    /// <summary>Forgets every feed and rate window.</summary>
    public void Reset()
    {
        lock (_gate)
            _feeds.Clear();
        Throttle(0);
        Limits.Clear();
        Limits.Enforced = true;
    }

    internal DateTimeOffset Now => time.GetUtcNow();
}

/// <summary>One notification in a person's feed.</summary>
/// <param name="Reason">The activity type's template text with its parameters filled (the "reason" after the actor).</param>
/// <param name="WebUrl">Where a click goes: the topic's <c>webUrl</c>, or the app when the topic is an entity URL.</param>
public sealed record FeedNotification(
    string Id, string AppId, string Actor, string ActivityType, string Reason, string PreviewText, string Topic, string WebUrl,
    DateTimeOffset CreatedAt, long? ChainId, bool Read = false)
{
    internal JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["actor"] = Actor,
        ["activityType"] = ActivityType,
        ["reason"] = Reason,
        ["previewText"] = PreviewText,
        ["topic"] = Topic,
        ["webUrl"] = WebUrl,
        ["createdDateTime"] = CreatedAt.ToString("O"),
        ["read"] = Read,
    };
}
