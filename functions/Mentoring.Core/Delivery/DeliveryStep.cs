namespace Mentoring.Core.Delivery;

/// <summary>The points between the steps of one card's delivery where a worker may stop (crash, deploy, scale-in).</summary>
public enum DeliveryStep
{
    Claimed,
    Opened,
    MarkedSending,
    Delivered,
}
