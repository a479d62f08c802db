namespace Mentoring.LocalHost;

/// <summary>
/// The emulator's clock. Its dates are the system clock's until the Functions app is built, then the app's own TimeProvider's,
/// so the tokens, events and chats the emulator stamps and the product that checks them agree on "now" (a test's fixed fake
/// clock included). Elapsed time (timestamps, timers: the Bot Connector's rate windows) stays the machine's, as the product's
/// own pacing measures it, so a host whose date is fixed still sees seconds pass.
/// </summary>
internal sealed class FollowingClock : TimeProvider
{
    private volatile TimeProvider inner = TimeProvider.System;

    public void Follow(TimeProvider time) => inner = time;

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long GetTimestamp() => TimeProvider.System.GetTimestamp();

    public override long TimestampFrequency => TimeProvider.System.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        TimeProvider.System.CreateTimer(callback, state, dueTime, period);
}
