using NodaTime;
using NodaTime.TimeZones;

namespace Mentoring.Core.Scheduling;

/// <summary>Turns a wall-clock date and time in a zone into an instant, the way Outlook and Graph do around DST changes.</summary>
/// <remarks>
/// <para>A valid local time keeps its wall-clock reading: 18:00 in Paris is 18:00+01:00 in winter and 18:00+02:00 in summer.</para>
/// <para>Nonexistent local time (inside a spring-forward gap): interpreted with the offset in force before the gap, so it moves
/// forward by the gap's length — 02:30 on the Paris spring-forward day becomes 03:30+02:00 (RFC 5545 §3.3.5).</para>
/// <para>Ambiguous local time (repeated by a fall-back): the first, earlier instant, i.e. the offset in force before the
/// change — 02:30 on the Paris fall-back day is 02:30+02:00.</para>
/// <para>The returned value always carries the zone's real offset at the returned instant. The rules hold in every zone of the
/// tz database, including those whose "standard" time is the summer one (Europe/Dublin, Africa/Casablanca).</para>
/// </remarks>
public static class LocalTimes
{
    /// <summary>NodaTime's lenient resolver is exactly these rules: ambiguous → earlier, gap → shifted forward by the gap.</summary>
    private static readonly ZoneLocalMappingResolver Rules =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnForwardShifted);

    public static DateTimeOffset Resolve(DateOnly date, TimeOnly time, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = LocalDate.FromDateOnly(date).At(LocalTime.FromTimeOnly(time));
        return zone.ResolveLocal(local, Rules).ToDateTimeOffset();
    }

    /// <inheritdoc cref="Resolve(DateOnly, TimeOnly, DateTimeZone)"/>
    public static DateTimeOffset Resolve(DateOnly date, TimeOnly time, string ianaId) => Resolve(date, time, TimeZones.Get(ianaId));
}
