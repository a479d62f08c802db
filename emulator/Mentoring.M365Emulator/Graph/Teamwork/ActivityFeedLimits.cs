using Mentoring.M365Emulator.Limits;

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
/// the announced Retry-After gets through (see <see cref="SlidingWindows"/>).
/// </remarks>
internal sealed class ActivityFeedLimits(TimeProvider time)
{
    public const int SinglePerTenant = 5;
    public const int SingleAcrossTenants = 50;
    public const int BulkPerTenant = 2;
    public const int BulkAcrossTenants = 20;

    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private readonly SlidingWindows _windows = new(time);
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
        return _windows.TryAcquire(($"{app}|{tenant}|{kind}", [new Window(Second, perTenant)]), ($"{app}|{kind}", [new Window(Second, across)]));
    }

    public void Clear() => _windows.Clear();
}
