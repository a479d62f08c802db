namespace Mentoring.M365Emulator.Limits;

/// <summary>At most <paramref name="Max"/> operations in any <paramref name="Length"/>.</summary>
public sealed record Window(TimeSpan Length, int Max);

/// <summary>
/// Operations counted per key over sliding windows, as Microsoft's services throttle (the Bot Connector's and Graph's limits
/// are both written this way): an operation is charged to several keys at once, or to none when one of them is full.
/// </summary>
/// <remarks>
/// Only accepted operations count: a request refused with 429 uses up nothing, so a client that waits the announced
/// Retry-After gets through. Every window of every key is checked before any is charged, so a refusal charges none.
/// Windows are elapsed time (the clock's timestamps), not dates: a host may fix the date its tokens carry and still let
/// seconds pass for the windows.
/// </remarks>
internal sealed class SlidingWindows(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<long>> _accepted = new(StringComparer.Ordinal);

    /// <summary>Charges one operation to every key, or returns how long to wait until all of them have room.</summary>
    public TimeSpan? TryAcquire(params (string Key, IReadOnlyList<Window> Windows)[] charges)
    {
        var now = time.GetTimestamp();
        lock (_gate)
        {
            TimeSpan? wait = null;
            foreach (var (key, windows) in charges)
                wait = Max(wait, WaitFor(Entries(key), windows, now));
            if (wait is not null)
                return wait;
            foreach (var (key, _) in charges)
                Entries(key).Enqueue(now);
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
}
