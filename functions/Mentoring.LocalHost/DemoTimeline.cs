namespace Mentoring.LocalHost;

/// <summary>
/// The local host's clock while the demo's past is written: the app's own clock (the system's, or a test's fixed one) moved
/// back by an offset that only ever shrinks, so the seed can live the last month in order — schedule a series a month ago,
/// prepare, hold and follow up each session at its time — through the product's use cases, which all read "now" from
/// their injected <see cref="TimeProvider"/>, and the emulator, which follows the same clock. Once the seed is done the
/// offset is zero for good: from then on every reading is exactly the inner clock's.
/// </summary>
/// <remarks>
/// Why not write the past rows directly: the demo is also proof that the use cases work together, and rows written by hand
/// drift from what the product writes. Why not a separate clock per use case: the emulator's calendar, the tokens and the
/// delivery must agree on "now", as they do in production. Elapsed time and timers stay the inner clock's.
/// </remarks>
/// <param name="inner">The app's clock.</param>
/// <param name="before">How far back the timeline starts; set before the app reads any time, so nothing it stamped is "ahead".</param>
internal sealed class DemoTimeline(TimeProvider inner, TimeSpan before) : TimeProvider
{
    private long offsetTicks = -before.Ticks;

    public TimeProvider Inner => inner;

    /// <summary>True once the seed is done: the timeline reads as its inner clock.</summary>
    public bool IsPresent => Interlocked.Read(ref offsetTicks) == 0;

    /// <summary>Moves "now" to <paramref name="instant"/>, which must lie between the current reading and the inner clock's.</summary>
    public void MoveTo(DateTimeOffset instant)
    {
        var current = GetUtcNow();
        var real = inner.GetUtcNow();
        if (instant < current || instant > real)
        {
            throw new ArgumentOutOfRangeException(nameof(instant), instant, $"The demo's clock only moves forward, up to {real:O}.");
        }

        Interlocked.Exchange(ref offsetTicks, (instant - real).Ticks);
    }

    /// <summary>Back to the present, for good.</summary>
    public void Release() => Interlocked.Exchange(ref offsetTicks, 0);

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);
}
