namespace Mentoring.M365Emulator.BotConnector;

/// <summary>
/// Teams' limits on bot traffic, counted over sliding windows: per bot per conversation ("thread") 7 operations in 1 s,
/// 8 in 2 s, 60 in 30 s and 1,800 in an hour, for sending and, separately, for creating conversations; and per bot per
/// tenant 50 operations a second, all operations together (msteams-docs bots/how-to/rate-limit.md).
/// </summary>
/// <remarks>
/// Only accepted operations count: a request refused with 429 uses up nothing, so a client that waits the announced
/// Retry-After gets through. Every window of every key is checked before any is charged, so a refusal charges none.
/// Windows are elapsed time (the clock's timestamps), not dates: a host may fix the date its tokens carry and still let
/// seconds pass for the windows.
/// </remarks>
internal sealed class RateLimits(TimeProvider time)
{
    public static readonly IReadOnlyList<Window> PerThread =
    [
        new(TimeSpan.FromSeconds(1), 7),
        new(TimeSpan.FromSeconds(2), 8),
        new(TimeSpan.FromSeconds(30), 60),
        new(TimeSpan.FromHours(1), 1_800),
    ];

    public static readonly IReadOnlyList<Window> PerTenant = [new(TimeSpan.FromSeconds(1), 50)];

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<long>> _accepted = new(StringComparer.Ordinal);
    private volatile bool _enforced = true;

    /// <summary>Off only for tests that count something else than throttling; on by default, as in Teams.</summary>
    public bool Enforced
    {
        get => _enforced;
        set => _enforced = value;
    }

    /// <summary>Charges one operation to the thread and to the tenant, or returns how long to wait when a window is full.</summary>
    public TimeSpan? TryAcquire(string threadKey, string tenantKey)
    {
        if (!_enforced)
            return null;
        var now = time.GetTimestamp();
        lock (_gate)
        {
            var thread = Entries(threadKey);
            var tenant = Entries(tenantKey);
            var wait = Max(WaitFor(thread, PerThread, now), WaitFor(tenant, PerTenant, now));
            if (wait is not null)
                return wait;
            thread.Enqueue(now);
            tenant.Enqueue(now);
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

    // The queue holds accepted times in order; entries older than the longest window can never count again.
    private TimeSpan? WaitFor(Queue<long> entries, IReadOnlyList<Window> windows, long now)
    {
        var longest = windows.Max(w => w.Length);
        while (entries.Count > 0 && time.GetElapsedTime(entries.Peek(), now) >= longest)
            entries.Dequeue();

        TimeSpan? wait = null;
        var times = entries.ToArray();
        foreach (var window in windows)
        {
            var inWindow = times.Where(t => time.GetElapsedTime(t, now) < window.Length).ToArray();
            if (inWindow.Length < window.Max)
                continue;

            // The window has room again once enough of its oldest entries have left it.
            var freeing = inWindow[inWindow.Length - window.Max];
            wait = Max(wait, window.Length - time.GetElapsedTime(freeing, now));
        }

        return wait;
    }

    private static TimeSpan? Max(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a > b ? a : b;

    /// <summary>At most <paramref name="Max"/> operations in any <paramref name="Length"/>.</summary>
    public sealed record Window(TimeSpan Length, int Max);
}
