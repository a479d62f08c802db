using System.Globalization;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.TimeZones;

namespace Mentoring.M365Emulator.Time;

/// <summary>Graph's dateTimeTimeZone values, and local wall-clock to instant with the RFC 5545 / Outlook rules.</summary>
internal static class GraphTime
{
    private const string Format = "yyyy-MM-ddTHH:mm:ss.fffffff";

    /// <summary>Finds a zone by Windows name (through CLDR's table to the zone's own tz id) or IANA id, in the tz database.</summary>
    /// <remarks>
    /// The tz database rather than TimeZoneInfo: on Linux the latter misplaces wall-clock times in negative-DST zones
    /// (Europe/Dublin, Africa/Casablanca). Which names a request may use is <see cref="GraphZoneNames"/>'s business.
    /// </remarks>
    public static DateTimeZone? FindZone(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return null;
        if (TzdbDateTimeZoneSource.Default.WindowsMapping.PrimaryMapping.TryGetValue(name, out var tzId))
            name = tzId;
        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(name);
    }

    /// <summary>Local wall-clock time to UTC: a time in a spring-forward gap is shifted forward by the gap's
    /// length; an ambiguous (fall-back) time takes the earlier instant. These are RFC 5545 3.3.5's rules.</summary>
    public static DateTime ToUtc(DateTime local, DateTimeZone zone)
    {
        var mapping = zone.MapLocal(LocalDateTime.FromDateTime(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)));
        // In a gap the offset before it applies (so the time moves forward by the gap); in an overlap the first one does.
        var offset = mapping.Count == 0 ? mapping.EarlyInterval.WallOffset : mapping.First().Offset;
        return DateTime.SpecifyKind(local, DateTimeKind.Unspecified) - offset.ToTimeSpan();
    }

    public static DateTime ToLocal(DateTime utc, DateTimeZone zone) =>
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(zone).LocalDateTime.ToDateTimeUnspecified();

    /// <summary>Reads {dateTime, timeZone}; null when missing or malformed.</summary>
    public static (DateTime Local, DateTimeZone Zone, string ZoneName)? Read(JsonNode? node, ZoneRules? rules = null)
    {
        var text = node?["dateTime"]?.GetValue<string>();
        var zoneName = node?["timeZone"]?.GetValue<string>() ?? "UTC";
        if (text is null || (rules ?? ZoneRules.TzdbOnly).Find(zoneName) is not { } zone)
            return null;
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            return null;
        return (DateTime.SpecifyKind(parsed, DateTimeKind.Unspecified), zone, zoneName);
    }

    public static DateTime? ReadUtc(JsonNode? node, ZoneRules? rules = null) =>
        Read(node, rules) is { } v ? ToUtc(v.Local, v.Zone) : null;

    public static JsonObject Write(DateTime utc, string zoneName, ZoneRules? rules = null)
    {
        var zone = (rules ?? ZoneRules.TzdbOnly).Find(zoneName) ?? DateTimeZone.Utc;
        return new JsonObject
        {
            ["dateTime"] = ToLocal(utc, zone).ToString(Format, CultureInfo.InvariantCulture),
            ["timeZone"] = zoneName,
        };
    }

    /// <summary>The zone named by "Prefer: outlook.timezone", else UTC (Graph's default for responses).</summary>
    public static string PreferredZone(HttpRequest request)
    {
        foreach (var value in request.Headers["Prefer"])
        {
            foreach (var part in (value ?? "").Split(','))
            {
                var kv = part.Trim().Split('=', 2);
                if (kv.Length == 2 && kv[0].Trim().Equals("outlook.timezone", StringComparison.OrdinalIgnoreCase)
                    && FindZone(kv[1].Trim().Trim('"')) is not null)
                    return kv[1].Trim().Trim('"');
            }
        }

        return "UTC";
    }

    /// <summary>The Windows name Graph reports in mailbox settings and working hours (CLDR's table: the id's own row, else its
    /// canonical tz id's, since newer tz data links zones CLDR keeps apart).</summary>
    public static string WindowsName(string ianaId)
    {
        var source = TzdbDateTimeZoneSource.Default;
        string Canonical(string id) => source.CanonicalIdMap.TryGetValue(id, out var c) ? c : id;
        var rows = source.WindowsMapping.MapZones.OrderBy(m => m.Territory == "001" ? 0 : 1).ToList();
        var zone = rows.FirstOrDefault(m => m.TzdbIds.Contains(ianaId))
            ?? rows.FirstOrDefault(m => m.TzdbIds.Any(id => Canonical(id) == Canonical(ianaId)));
        return zone?.WindowsId ?? ianaId;
    }

    /// <summary>A <c>customTimeZone</c> for a zone without daylight time, as Outlook reports typed-in rules.</summary>
    /// <remarks>The bias follows Exchange's convention (minutes to add to local time to get UTC: -330 for India).</remarks>
    public static JsonObject CustomZone(string ianaId)
    {
        var offset = (FindZone(ianaId) ?? DateTimeZone.Utc).GetUtcOffset(SystemClock.Instance.GetCurrentInstant());
        JsonObject Transition() => new() { ["time"] = "00:00:00.0000000", ["dayOccurrence"] = 0, ["dayOfWeek"] = "sunday", ["month"] = 0, ["year"] = 0 };
        var daylight = Transition();
        daylight["daylightBias"] = 0;
        return new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.customTimeZone",
            ["name"] = "Customized Time Zone",
            ["bias"] = -offset.Seconds / 60,
            ["standardOffset"] = Transition(),
            ["daylightOffset"] = daylight,
        };
    }

    public static string Utc(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
