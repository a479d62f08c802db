namespace Mentoring.Core.Delivery;

/// <summary>Called between the steps of a delivery; production does nothing, tests stop a worker there as a crash would.</summary>
public interface IDeliveryCheckpoints
{
    ValueTask ReachedAsync(DeliveryStep step, CardDelivery card, CancellationToken cancellationToken);
}
