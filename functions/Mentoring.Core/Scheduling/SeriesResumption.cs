using System.Globalization;
using Mentoring.Core.Circles;

namespace Mentoring.Core.Scheduling;

/// <summary>What pausing and resuming a scheduled circle do to its cadence and series.</summary>
/// <remarks>
/// Outlook cannot bring cancelled occurrences back, so a pause ends the series after the last session that has started
/// (attendees see the later ones disappear) and a resumption creates the sessions still ahead as a new series, in the same
/// organizer's calendar, with a transaction id of its own: a retried resumption finds its series instead of making another.
/// The sessions keep their ids (they derive from where the pattern puts them), so what members prepared for them stays.
/// </remarks>
public static class SeriesResumption
{
    /// <summary>The local date of the last session that has started by <paramref name="now"/>, or the day before the first when none has.</summary>
    public static DateOnly LastDateBeforePause(Cadence cadence, DateTimeOffset now) =>
        cadence.Expand().LastOrDefault(s => s.Start <= now)?.OriginalLocalDate ?? cadence.FirstDate.AddDays(-1);

    /// <summary>The circle active again: pending a new series of the sessions after <paramref name="now"/>, or ended if none is left.</summary>
    public static Circle Resume(Circle circle, DateTimeOffset now)
    {
        var schedule = circle.Schedule ?? throw new InvalidOperationException("Only a circle with a paused series resumes one.");
        var ahead = circle.Cadence.Expand().Where(s => s.Start > now).ToArray();
        if (ahead.Length == 0)
        {
            return circle with { Status = CircleStatus.Active, Schedule = schedule with { State = ScheduleState.Ended } };
        }

        var cadence = circle.Cadence with
        {
            FirstDate = ahead[0].OriginalLocalDate,
            Range = circle.Cadence.Range is NumberedRange ? new NumberedRange(ahead.Length) : circle.Cadence.Range,
        };
        var transactionId = $"{circle.Id.Value:N}-{now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}";
        return circle with { Status = CircleStatus.Active, Cadence = cadence, Schedule = CircleSchedule.Pending(schedule.Organizer, transactionId, now) };
    }
}
