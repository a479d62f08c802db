using System.Globalization;

namespace Mentoring.M365Emulator.Graph.Schedule;

/// <summary>What getSchedule refuses, with Exchange's own codes and words.</summary>
/// <remarks>
/// The documented limit is 20 schedules a request (learn.microsoft.com graph/outlook-get-free-busy-schedule); the service has
/// been seen to allow 100 (microsoft-graph-docs-contrib#5895, same error code) — the emulator holds callers to the documented
/// figure. The window limit is 62 days (microsoft-graph-docs#19703: ErrorTimeIntervalTooBig on 63).
/// </remarks>
internal static class ScheduleLimits
{
    public const int MaxSchedules = 20;
    public const int MaxDays = 62;

    /// <summary>The error to answer with, or null when the request is within the limits.</summary>
    public static IResult? Check(int schedules, DateTime fromUtc, DateTime toUtc)
    {
        if (schedules > MaxSchedules)
            return GraphErrors.Result(StatusCodes.Status400BadRequest, "ErrorMailboxDataArrayTooBig", string.Create(CultureInfo.InvariantCulture,
                $"There are too many target users in the EmailAddress array. The allowed size = {MaxSchedules}; the actual size = {schedules}."));
        var days = (int)Math.Ceiling((toUtc - fromUtc).TotalDays);
        return days > MaxDays
            ? GraphErrors.Result(StatusCodes.Status400BadRequest, "ErrorTimeIntervalTooBig", string.Create(CultureInfo.InvariantCulture,
                $"The requested time duration specified for FreeBusyViewOptions.TimeWindow is too long. The allowed limit = {MaxDays} days; the actual limit = {days} days."))
            : null;
    }

    /// <summary>
    /// A schedule in another organization: free/busy stays inside the tenant (no organization relationship is modelled), and
    /// Exchange answers it inside the 200, as for any address it cannot resolve in the directory (responseCode 5009).
    /// </summary>
    public static System.Text.Json.Nodes.JsonObject OtherTenant(string scheduleId) => new()
    {
        ["scheduleId"] = scheduleId,
        ["error"] = new System.Text.Json.Nodes.JsonObject
        {
            ["message"] = $"Unable to resolve e-mail address {scheduleId} to an Active Directory object.",
            ["responseCode"] = "5009",
        },
    };
}
