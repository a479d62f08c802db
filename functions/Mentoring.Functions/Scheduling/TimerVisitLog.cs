using Mentoring.Core.Common;
using Mentoring.Core.Scheduling;
using Microsoft.Extensions.Logging;

namespace Mentoring.Functions.Scheduling;

/// <summary>Core's timer report as log lines, each naming the tenant and the circle so one failing circle can be found.</summary>
internal sealed partial class TimerVisitLog(ILogger logger) : IScheduleVisitLog
{
    public void Failed(ScheduledCircle circle, ScheduleState state, Error error) =>
        LogFailed(logger, circle.Tenant.ToString(), circle.Circle.ToString(), state, error.Code);

    public void Crashed(ScheduledCircle circle, Exception exception) =>
        LogCrashed(logger, exception, circle.Tenant.ToString(), circle.Circle.ToString());

    public void SeriesEnded(ScheduledCircle circle, string reason) =>
        LogSeriesEnded(logger, circle.Tenant.ToString(), circle.Circle.ToString(), reason);

    public void Repaired(ScheduledCircle circle) =>
        LogRepaired(logger, circle.Tenant.ToString(), circle.Circle.ToString());

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled circle {CircleId} of tenant {TenantId} ({State}) failed with {Code}; retried next run")]
    private static partial void LogFailed(ILogger logger, string tenantId, string circleId, ScheduleState state, string code);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled circle {CircleId} of tenant {TenantId} crashed; retried next run, the others went on")]
    private static partial void LogCrashed(ILogger logger, Exception exception, string tenantId, string circleId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled circle {CircleId} of tenant {TenantId}: series ended ({Reason})")]
    private static partial void LogSeriesEnded(ILogger logger, string tenantId, string circleId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled circle {CircleId} of tenant {TenantId}: series recurrence differed from the stored cadence and was patched back")]
    private static partial void LogRepaired(ILogger logger, string tenantId, string circleId);
}
