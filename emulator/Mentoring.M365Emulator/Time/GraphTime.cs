using System.Globalization;
using System.Text.Json.Nodes;

namespace Mentoring.M365Emulator.Time;

/// <summary>Graph's dateTimeTimeZone values, and local wall-clock to instant with the RFC 5545 / Outlook rules.</summary>
internal static class GraphTime
{
    private const string Format = "yyyy-MM-ddTHH:mm:ss.fffffff";

    /// <summary>Finds a zone by IANA or Windows name; .NET on Linux (ICU) accepts both, as Graph does.</summary>
    public static TimeZoneInfo? FindZone(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return null;
        return TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone) ? zone : null;
    }

    /// <summary>Local wall-clock time to UTC: a time in a spring-forward gap is shifted forward by the gap's
    /// length; an ambiguous (fall-back) time takes the earlier instant. These are RFC 5545 3.3.5's rules.</summary>
    public static DateTime ToUtc(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
            return local - zone.GetUtcOffset(local.AddDays(-1));
        if (zone.IsAmbiguousTime(local))
            return local - zone.GetAmbiguousTimeOffsets(local).Max();
        return local - zone.GetUtcOffset(local);
    }

    public static DateTime ToLocal(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    /// <summary>Reads {dateTime, timeZone}; null when missing or malformed.</summary>
    public static (DateTime Local, TimeZoneInfo Zone, string ZoneName)? Read(JsonNode? node)
    {
        var text = node?["dateTime"]?.GetValue<string>();
        var zoneName = node?["timeZone"]?.GetValue<string>() ?? "UTC";
        if (text is null || FindZone(zoneName) is not { } zone)
            return null;
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            return null;
        return (DateTime.SpecifyKind(parsed, DateTimeKind.Unspecified), zone, zoneName);
    }

    public static DateTime? ReadUtc(JsonNode? node) =>
        Read(node) is { } v ? ToUtc(v.Local, v.Zone) : null;

    public static JsonObject Write(DateTime utc, string zoneName)
    {
        var zone = FindZone(zoneName) ?? TimeZoneInfo.Utc;
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

    /// <summary>The Windows name Graph reports in mailbox settings and working hours.</summary>
    public static string WindowsName(string ianaId) =>
        TimeZoneInfo.TryConvertIanaIdToWindowsId(ianaId, out var windows) ? windows : ianaId;

    public static string Utc(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
