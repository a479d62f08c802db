using Mentoring.Core.Common;
using NodaTime;

namespace Mentoring.Core.Scheduling;

/// <summary>The zone a cadence may name: an IANA id the tz database knows and the calendar (Windows names) can express.</summary>
internal static class CadenceZones
{
    /// <summary>The zone, or null with one error saying which rule the id breaks.</summary>
    public static DateTimeZone? Check(string? zoneId, string field, Validation v)
    {
        if (TimeZones.IsWindowsName(zoneId))
        {
            // One id, one meaning: a Windows name covers several IANA zones (Eastern: New York, Toronto…), so ask for the city.
            v.Add(Error.Invalid(field, "cadence.timeZone.windows"));
            return null;
        }

        if (!TimeZones.TryFind(zoneId, out var zone))
        {
            v.Add(Error.Invalid(field, "cadence.timeZone.unknown"));
            return null;
        }

        if (!WindowsZones.TryGetWindowsName(zone.Id, out _))
        {
            v.Add(Error.Invalid(field, "cadence.timeZone.unsupported"));
            return null;
        }

        return zone;
    }
}
