using Mentoring.Core.Scheduling.Notifications;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Mentoring.Functions.Scheduling;

/// <summary>Every hour: renews the Graph subscriptions that expire within two days (Outlook events allow under 7 days).</summary>
public sealed class SubscriptionRenewalTimer(RenewSubscriptions renew, ILogger<SubscriptionRenewalTimer> logger)
{
    [Function("SubscriptionRenewalTimer")]
    public async Task Run([TimerTrigger("0 0 * * * *")] TimerInfo timer, CancellationToken ct)
    {
        var (renewed, failed) = await renew.ExecuteAsync(ct);
        logger.LogInformation("Calendar subscriptions renewed: {Renewed}, to retry: {Failed}", renewed, failed);
    }
}
