namespace Mentoring.M365Emulator.Graph.Teamwork;

/// <summary>
/// Graph's documented limits on activity-feed notifications (learn.microsoft.com/graph/throttling-limits, "Microsoft Teams service
/// limits", in requests per second): <c>POST /users/{id}/teamwork/sendActivityNotification</c> 5 per app per tenant and 50 per
/// app across all tenants; <c>POST /teamwork/sendActivityNotificationToRecipients</c> 2 per app per tenant and 20 per app across
/// all tenants. Counted over a sliding second.
/// </summary>
/// <remarks>
/// Stricter than the page where it is silent: every request that reaches the limiter is charged, a refused or invalid one too,
/// since the page counts requests, not notifications; a request refused with 429 is not (it never got in), so a client that waits
/// the announced Retry-After gets through.
/// </remarks>
internal sealed class ActivityFeedLimits(TimeProvider time)
{
    public const int SinglePerTenant = 5;
    public const int SingleAcrossTenants = 50;
    public const int BulkPerTenant = 2;
    public const int BulkAcrossTenants = 20;

    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<long>> _accepted = new(StringComparer.Ordinal);
    private volatile bool _enforced = true;

    public bool Enforced
    {
        get => _enforced;
        set => _enforced = value;
    }

    /// <summary>Charges one request of the app in the tenant, or returns how long to wait when a window is full.</summary>
    public TimeSpan? TryAcquire(string app, Guid tenant, bool bulk)
    {
        if (!_enforced)
            return null;
        var kind = bulk ? "bulk" : "single";
        var (perTenant, across) = bulk ? (BulkPerTenant, BulkAcrossTenants) : (SinglePerTenant, SingleAcrossTenants);
        var now = time.GetTimestamp();
        lock (_gate)
        {
            var tenantWindow = Entries($"{app}|{tenant}|{kind}");
            var appWindow = Entries($"{app}|{kind}");
            var wait = Max(WaitFor(tenantWindow, perTenant, now), WaitFor(appWindow, across, now));
            if (wait is not null)
                return wait;
            tenantWindow.Enqueue(now);
            appWindow.Enqueue(now);
            return null;
        }
    }

    public void Clear()
    {
        lock (_gate)
            _accepted.Clear();
    }

    private Queue<long> Entries(string key)
    {
        if (!_accepted.TryGetValue(key, out var entries))
            _accepted[key] = entries = new Queue<long>();
        return entries;
    }

    // The queue holds accepted times in order: the oldest of a full window says when a place frees up.
    private TimeSpan? WaitFor(Queue<long> entries, int limit, long now)
    {
        while (entries.Count > 0 && time.GetElapsedTime(entries.Peek(), now) >= Window)
            entries.Dequeue();
        return entries.Count < limit ? null : Window - time.GetElapsedTime(entries.Peek(), now);
    }

    private static TimeSpan? Max(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
