namespace Mentoring.Core.Scheduling;

/// <summary>Expands a cadence into its sessions, as Microsoft Graph expands the equivalent <c>patternedRecurrence</c>.</summary>
/// <remarks>
/// <para>Invariants of the result: the first slot is on <see cref="Cadence.FirstDate"/>; slots are in strictly increasing order;
/// there are at most <c>maxSessions</c> of them; a <see cref="NumberedRange"/> yields exactly <c>Count</c> (capped by
/// <c>maxSessions</c>); an <see cref="EndDateRange"/> yields every pattern date up to and including its end date.</para>
/// <para>Each slot starts at <see cref="Cadence.StartTime"/> on its local date, resolved by <see cref="LocalTimes.Resolve"/>
/// (wall clock kept across DST; gap → shifted forward by the gap; overlap → earlier instant).</para>
/// <para>Monthly on a day the month lacks (the 31st in April, the 29th–31st in February): the session falls on the month's last
/// day, as Exchange documents for <c>AbsoluteMonthlyRecurrence/DayOfMonth</c>, which Graph's <c>absoluteMonthly</c> maps to.</para>
/// </remarks>
public static class CadenceExpansion
{
    public static IReadOnlyList<SessionSlot> Expand(this Cadence cadence, int maxSessions = Cadence.MaxOccurrences)
    {
        ArgumentNullException.ThrowIfNull(cadence);
        ArgumentOutOfRangeException.ThrowIfNegative(maxSessions);
        var zone = TimeZones.Get(cadence.TimeZone);
        var (limit, lastDate) = cadence.Range switch
        {
            NumberedRange n => (Math.Min(n.Count, maxSessions), DateOnly.MaxValue),
            EndDateRange e => (maxSessions, e.EndDate),
            _ => throw new ArgumentOutOfRangeException(nameof(cadence), cadence.Range, "Unknown series range."),
        };

        var slots = new List<SessionSlot>();
        foreach (var date in PatternDates.From(cadence.Pattern, cadence.FirstDate))
        {
            if (slots.Count >= limit || date > lastDate)
            {
                break;
            }

            var start = LocalTimes.Resolve(date, cadence.StartTime, zone);
            var end = TimeZones.WithOffsetIn(start + cadence.Duration, zone);
            slots.Add(new SessionSlot(date, start, end));
        }

        return slots;
    }
}
