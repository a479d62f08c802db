using Mentoring.Core.Attendance;
using Mentoring.Core.Delivery;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Mentoring.Functions.Dispatch;

/// <summary>
/// Every 5 minutes: the sessions whose follow-ups or reminders fell due go to the session queue, cards whose message was lost
/// get one again, and attendance readings Graph failed are made again.
/// </summary>
public sealed class DispatchTimer(DispatchDueSessions dispatch, SweepStrandedCards sweep, RereadAttendance attendance, ILogger<DispatchTimer> logger)
{
    [Function("DispatchTimer")]
    public async Task Run([TimerTrigger("0 */5 * * * *")] TimerInfo timer, CancellationToken ct)
    {
        var (enqueued, dropped) = await dispatch.ExecuteAsync(ct);
        logger.LogInformation("Due sessions: {Enqueued} enqueued, {Dropped} too late to send", enqueued, dropped);
        var (requeued, forgotten) = await sweep.ExecuteAsync(ct);
        if (requeued > 0)
        {
            logger.LogWarning("{Requeued} cards whose queue message was lost (poison queue) enqueued again; {Forgotten} sessions settled", requeued, forgotten);
        }

        var (ended, failed, givenUp) = await attendance.ExecuteAsync(ct);
        if (ended + failed + givenUp > 0)
        {
            logger.LogInformation("Attendance read again: {Ended} done, {Failed} failed again (read later), {GivenUp} given up after {Reads} readings",
                ended, failed, givenUp, AttendanceRetry.MaxReads);
        }
    }
}
