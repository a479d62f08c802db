using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Microsoft.Extensions.Logging;

namespace Mentoring.Functions.Timers;

/// <summary>Core's report of one timer item that failed, as a log line with the timer's name and the item's ids only.</summary>
internal sealed partial class TimerFailureLog(ILogger<TimerFailureLog> logger) : ITimerFailureLog
{
    public void ItemCrashed(string timer, TenantId tenant, CircleId circle, Exception exception) =>
        LogItemCrashed(logger, exception, timer, tenant.ToString(), circle.ToString());

    public void StepCrashed(string timer, string step, Exception exception) =>
        LogStepCrashed(logger, exception, timer, step);

    public void ItemLeft(string timer, TenantId tenant, CircleId circle, string outcome) =>
        LogItemLeft(logger, timer, tenant.ToString(), circle.ToString(), outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Timer}: circle {CircleId} of tenant {TenantId} left as it was: {Outcome}")]
    private static partial void LogItemLeft(ILogger logger, string timer, string tenantId, string circleId, string outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Timer}: circle {CircleId} of tenant {TenantId} failed; retried next run, the others went on")]
    private static partial void LogItemCrashed(ILogger logger, Exception exception, string timer, string tenantId, string circleId);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Timer}: step {Step} failed; retried next run, the items were still done")]
    private static partial void LogStepCrashed(ILogger logger, Exception exception, string timer, string step);
}
