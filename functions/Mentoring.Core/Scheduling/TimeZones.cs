using NodaTime;
using NodaTime.TimeZones;

namespace Mentoring.Core.Scheduling;

/// <summary>IANA time zones, the only kind the domain stores, computed with the tz database NodaTime ships.</summary>
/// <remarks>
/// NodaTime rather than <see cref="TimeZoneInfo"/>: on Linux the latter misplaces wall-clock times in zones whose tz data
/// uses negative DST (Europe/Dublin, Africa/Casablanca), and its data is whatever the machine has installed.
/// </remarks>
public static class TimeZones
{
    private static readonly IDateTimeZoneProvider Tzdb = DateTimeZoneProviders.Tzdb;

    /// <summary>Finds an IANA zone; Windows ids ("Romance Standard Time") and unknown ids are refused.</summary>
    public static bool TryFind(string? ianaId, out DateTimeZone zone)
    {
        zone = DateTimeZone.Utc;
        if (string.IsNullOrWhiteSpace(ianaId) || Tzdb.GetZoneOrNull(ianaId) is not { } found)
        {
            return false;
        }

        zone = found;
        return true;
    }

    /// <summary>True for a Windows zone name ("Romance Standard Time"), which the domain refuses so that one id means one zone.</summary>
    public static bool IsWindowsName(string? id) =>
        id is not null && TzdbDateTimeZoneSource.Default.WindowsMapping.PrimaryMapping.ContainsKey(id) && Tzdb.GetZoneOrNull(id) is null;

    /// <summary>The local date at an instant in a zone: what "today" means for a circle.</summary>
    public static DateOnly DateIn(DateTimeZone zone, DateTimeOffset instant) => InZone(instant, zone).Date.ToDateOnly();

    /// <summary>The same instant, carrying the zone's offset at that instant.</summary>
    public static DateTimeOffset WithOffsetIn(DateTimeOffset instant, DateTimeZone zone) => InZone(instant, zone).ToDateTimeOffset();

    /// <summary>The wall-clock reading of an instant in a zone.</summary>
    public static DateTime LocalIn(DateTimeOffset instant, DateTimeZone zone) => InZone(instant, zone).LocalDateTime.ToDateTimeUnspecified();

    /// <summary>The zone of an id that was validated when it entered the domain.</summary>
    public static DateTimeZone Get(string ianaId) =>
        TryFind(ianaId, out var zone) ? zone : throw new ArgumentException($"'{ianaId}' is not an IANA time zone.", nameof(ianaId));

    private static ZonedDateTime InZone(DateTimeOffset instant, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return Instant.FromDateTimeOffset(instant).InZone(zone);
    }
}
