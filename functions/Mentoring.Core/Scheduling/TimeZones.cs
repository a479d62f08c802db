namespace Mentoring.Core.Scheduling;

/// <summary>IANA time zones, the only kind the domain stores.</summary>
public static class TimeZones
{
    /// <summary>Finds an IANA zone; Windows ids ("Romance Standard Time") and unknown ids are refused.</summary>
    public static bool TryFind(string? ianaId, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(ianaId) || !TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out var found) || !found.HasIanaId)
        {
            return false;
        }

        zone = found;
        return true;
    }

    /// <summary>The local date at an instant in a zone: what "today" means for a circle.</summary>
    public static DateOnly DateIn(TimeZoneInfo zone, DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>The zone of an id that was validated when it entered the domain.</summary>
    public static TimeZoneInfo Get(string ianaId) =>
        TryFind(ianaId, out var zone) ? zone : throw new ArgumentException($"'{ianaId}' is not an IANA time zone.", nameof(ianaId));
}
