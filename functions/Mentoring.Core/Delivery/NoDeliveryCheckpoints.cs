namespace Mentoring.Core.Delivery;

/// <summary>Production's checkpoints: nothing happens between steps.</summary>
public sealed class NoDeliveryCheckpoints : IDeliveryCheckpoints
{
    public ValueTask ReachedAsync(DeliveryStep step, CardDelivery card, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
