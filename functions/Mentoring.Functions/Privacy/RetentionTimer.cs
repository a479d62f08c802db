using Mentoring.Core.Privacy;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Mentoring.Functions.Privacy;

/// <summary>Every night: closed circles past their retention are deleted with everything in them, each by one instance only.</summary>
public sealed class RetentionTimer(PurgeClosedCircles purge, ILogger<RetentionTimer> logger)
{
    [Function("RetentionTimer")]
    public async Task Run([TimerTrigger("0 30 2 * * *")] TimerInfo timer, CancellationToken ct)
    {
        var purged = await purge.ExecuteAsync(ct);
        logger.LogInformation("Closed circles deleted after their retention: {Purged}", purged);
    }
}
