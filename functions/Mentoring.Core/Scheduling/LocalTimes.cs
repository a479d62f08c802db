namespace Mentoring.Core.Scheduling;

/// <summary>Turns a wall-clock date and time in a zone into an instant, the way Outlook and Graph do around DST changes.</summary>
/// <remarks>
/// <para>A valid local time keeps its wall-clock reading: 18:00 in Paris is 18:00+01:00 in winter and 18:00+02:00 in summer.</para>
/// <para>Nonexistent local time (inside a spring-forward gap): interpreted with the offset in force before the gap, so it moves
/// forward by the gap's length — 02:30 on the Paris spring-forward day becomes 03:30+02:00 (RFC 5545 §3.3.5).</para>
/// <para>Ambiguous local time (repeated by a fall-back): the first, earlier instant, i.e. the offset in force before the
/// change (daylight time) — 02:30 on the Paris fall-back day is 02:30+02:00.</para>
/// <para>The returned value always carries the zone's real offset at the returned instant.</para>
/// </remarks>
public static class LocalTimes
{
    public static DateTimeOffset Resolve(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            // A gap only opens when the offset grows, so the offset before it is the smaller of the two around it;
            // probing a day either side stays clear of the transition itself (zones never change twice in a day).
            var before = OffsetAround(zone, local, -1);
            var after = OffsetAround(zone, local, +1);
            var instant = new DateTimeOffset(local - (before < after ? before : after), TimeSpan.Zero);
            return TimeZoneInfo.ConvertTime(instant, zone);
        }

        if (zone.IsAmbiguousTime(local))
        {
            // The earlier of two instants with the same wall clock is the one with the larger offset.
            var offset = zone.GetAmbiguousTimeOffsets(local).Max();
            return new DateTimeOffset(local, offset);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static TimeSpan OffsetAround(TimeZoneInfo zone, DateTime local, int days) =>
        zone.GetUtcOffset(new DateTimeOffset(local.AddDays(days), TimeSpan.Zero));
}
