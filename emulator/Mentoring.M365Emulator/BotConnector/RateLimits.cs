using Mentoring.M365Emulator.Limits;

namespace Mentoring.M365Emulator.BotConnector;

/// <summary>
/// Teams' limits on bot traffic, counted over sliding windows: per bot per conversation ("thread") 7 operations in 1 s,
/// 8 in 2 s, 60 in 30 s and 1,800 in an hour, for sending and, separately, for creating conversations; and per bot per
/// tenant 50 operations a second, all operations together (msteams-docs bots/how-to/rate-limit.md).
/// </summary>
/// <remarks>Only accepted operations count, and a refusal charges no window (see <see cref="SlidingWindows"/>).</remarks>
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

    private readonly SlidingWindows _windows = new(time);
    private volatile bool _enforced = true;

    /// <summary>Off only for tests that count something else than throttling; on by default, as in Teams.</summary>
    public bool Enforced
    {
        get => _enforced;
        set => _enforced = value;
    }

    /// <summary>Charges one operation to the thread and to the tenant, or returns how long to wait when a window is full.</summary>
    public TimeSpan? TryAcquire(string threadKey, string tenantKey) =>
        _enforced ? _windows.TryAcquire((threadKey, PerThread), (tenantKey, PerTenant)) : null;

    public void Clear() => _windows.Clear();
}
