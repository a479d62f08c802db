using System.Collections.Concurrent;
using Mentoring.Core.Delivery;

namespace Mentoring.Api.Tests.Dispatch;

/// <summary>Stops a worker at a chosen step, once per card, the way a host crash would (the invocation never finishes).</summary>
public sealed class CrashPoints : IDeliveryCheckpoints
{
    private readonly ConcurrentDictionary<CardDelivery, bool> crashed = new();

    public DeliveryStep? CrashAt { get; set; }

    public int Crashes => crashed.Count;

    public void Reset(DeliveryStep? at)
    {
        crashed.Clear();
        CrashAt = at;
    }

    public ValueTask ReachedAsync(DeliveryStep step, CardDelivery card, CancellationToken cancellationToken) =>
        step == CrashAt && crashed.TryAdd(card, true) ? throw new SimulatedCrashException(step) : ValueTask.CompletedTask;
}

public sealed class SimulatedCrashException(DeliveryStep step) : Exception($"Simulated host crash at {step}");
