using Mentoring.Core.Delivery;
using Mentoring.Core.Nudges;
using Mentoring.Infrastructure.Dispatch;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Mentoring.Functions.Dispatch;

/// <summary>A due session becomes one card message per member, or (a nudge entry) its members' activity-feed nudges.</summary>
public sealed class SessionQueueFunction(FanOutDueSession fanOut, SendNudges nudges, ILogger<SessionQueueFunction> logger)
{
    [Function("DispatchSession")]
    public async Task Run([QueueTrigger("%" + DeliveryOptions.SessionQueueSetting + "%", Connection = "AzureWebJobsStorage")] string message, CancellationToken ct)
    {
        if (DeliveryMessages.ReadSession(message) is not { } due)
        {
            // Not ours to retry: a malformed message would fail five times and land in the poison queue anyway.
            logger.LogError("Unreadable session message dropped: {Message}", message);
            return;
        }

        if (due.Kind is CardKind.PrepareNudge or CardKind.CommitmentNudge)
        {
            var run = await nudges.ExecuteAsync(due, ct);
            logger.LogInformation("{Kind} of session {Session} in circle {Circle}: {Sent} sent, {Paused} paused, {Already} already nudged today, {Refused} refused",
                due.Kind, due.SessionId, due.Circle, run.Sent, run.Paused, run.AlreadyNudged, run.Refused);

            // Failing the invocation is how a queue trigger asks for the message again (host.json visibilityTimeout): the
            // people Graph did not take yet are still Claimed, those it took are Sent and skipped next time.
            if (run.RetryAfter is { } after)
                throw new DeliveryDeferredException($"{due.Kind} of session {due.SessionId}: Graph asked to come back after {after}");
            return;
        }

        var cards = await fanOut.ExecuteAsync(due, ct);
        logger.LogInformation("{Kind} of session {Session} in circle {Circle}: {Cards} cards enqueued", due.Kind, due.SessionId, due.Circle, cards);
    }
}
