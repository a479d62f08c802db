using Mentoring.Core.Common;
using Mentoring.Core.Privacy.Leavers;
using Mentoring.Functions.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mentoring.Functions.Privacy;

/// <summary>Every night: people deleted from the directory of an allowed tenant are noticed, and erased once their grace period is over.</summary>
public sealed class LeaversTimer(EraseLeavers leavers, IOptions<AuthOptions> auth, ILogger<LeaversTimer> logger)
{
    [Function("LeaversTimer")]
    public async Task Run([TimerTrigger("0 0 3 * * *")] TimerInfo timer, CancellationToken ct)
    {
        var run = await leavers.ExecuteAsync([.. auth.Value.AllowedTenants.Select(t => new TenantId(t))], ct);
        logger.LogInformation(
            "Leavers: {Noticed} noticed, {Restored} restored, {Erased} erased, {Postponed} postponed",
            run.Noticed, run.Restored, run.Erased, run.Postponed);
    }
}
