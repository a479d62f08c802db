using System.Collections.Concurrent;

namespace Mentoring.Infrastructure.Bot;

/// <summary>Spaces the Bot Connector requests of each tenant evenly, under Teams' limit of 50 per second per app per tenant.</summary>
/// <remarks>
/// Even spacing (no burst) because Teams counts in short sliding windows: a burst at the start of a second is throttled
/// even when the second's total is under the limit. Real time on purpose, not the injected clock: this is about the
/// service's physical limit, and a test's fake clock must not freeze sending. Per process: several instances share the
/// tenant's budget, so the rate is configured per instance (see docs/follow-ups-and-bot.md, Follow-up delivery) and a 429 is still honoured.
/// </remarks>
internal sealed class TenantPacer(double requestsPerSecond)
{
    private readonly long interval = (long)(TimeSpan.TicksPerSecond / requestsPerSecond);
    private readonly ConcurrentDictionary<string, Slot> slots = new();

    public Task WaitAsync(string tenant, CancellationToken cancellationToken)
    {
        var slot = slots.GetOrAdd(tenant, _ => new Slot());
        var now = DateTime.UtcNow.Ticks;
        long at;
        lock (slot)
        {
            at = Math.Max(now, slot.Next);
            slot.Next = at + interval;
        }

        return at > now ? Task.Delay(TimeSpan.FromTicks(at - now), cancellationToken) : Task.CompletedTask;
    }

    private sealed class Slot
    {
        public long Next { get; set; }
    }
}
