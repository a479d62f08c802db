using System.Collections.Frozen;
using System.Text.Json.Nodes;
using NodaTime.TimeZones;

namespace Mentoring.M365Emulator.Time;

/// <summary>The time zone names Graph accepts in a dateTimeTimeZone or a recurrence range, and the check it makes.</summary>
/// <remarks>
/// Graph accepts "any of the time zones supported by Windows" and a documented list of additional (IANA) names
/// (learn.microsoft.com, graph/api/resources/datetimetimezone, "Additional time zones", copied below as published, with
/// both spellings where the page gives two); it refuses the rest, America/Toronto and Europe/Dublin included, with 400
/// <c>TimeZoneNotSupportedException</c>. Windows names come from CLDR's windowsZones table as NodaTime ships it.
/// </remarks>
internal static class GraphZoneNames
{
    private static readonly FrozenSet<string> AdditionalIana = new[]
    {
        "Etc/GMT+12", "Etc/GMT+11", "Pacific/Honolulu", "America/Anchorage", "America/Santa_Isabel", "America/Los_Angeles",
        "America/Phoenix", "America/Chihuahua", "America/Denver", "America/Guatemala", "America/Chicago", "America/Mexico_City",
        "America/Regina", "America/Bogota", "America/New_York", "America/Indiana/Indianapolis", "America/Caracas", "America/Asuncion",
        "America/Halifax", "America/Cuiaba", "America/La_Paz", "America/Santiago", "America/St_Johns", "America/Sao_Paulo",
        "America/Argentina/Buenos_Aires", "America/Cayenne", "America/Godthab", "America/Montevideo", "America/Bahia", "Etc/GMT+2",
        "Atlantic/Azores", "Atlantic/Cape_Verde", "Africa/Casablanca", "Etc/GMT", "Europe/London", "Atlantic/Reykjavik",
        "Europe/Berlin", "Europe/Budapest", "Europe/Paris", "Europe/Warsaw", "Africa/Lagos", "Africa/Windhoek", "Europe/Bucharest",
        "Asia/Beirut", "Africa/Cairo", "Asia/Damascus", "Africa/Johannesburg", "Europe/Kyiv", "Europe/Kiev", "Europe/Istanbul",
        "Asia/Jerusalem", "Asia/Amman", "Asia/Baghdad", "Europe/Kaliningrad", "Asia/Riyadh", "Africa/Nairobi", "Asia/Tehran",
        "Asia/Dubai", "Asia/Baku", "Europe/Moscow", "Indian/Mauritius", "Asia/Tbilisi", "Asia/Yerevan", "Asia/Kabul", "Asia/Karachi",
        "Asia/Toshkent", "Asia/Tashkent", "Asia/Kolkata", "Asia/Colombo", "Asia/Kathmandu", "Asia/Astana", "Asia/Almaty",
        "Asia/Dhaka", "Asia/Yekaterinburg", "Asia/Yangon", "Asia/Rangoon", "Asia/Bangkok", "Asia/Novosibirsk", "Asia/Shanghai",
        "Asia/Krasnoyarsk", "Asia/Singapore", "Australia/Perth", "Asia/Taipei", "Asia/Ulaanbaatar", "Asia/Irkutsk", "Asia/Tokyo",
        "Asia/Seoul", "Australia/Adelaide", "Australia/Darwin", "Australia/Brisbane", "Australia/Sydney", "Pacific/Port_Moresby",
        "Australia/Hobart", "Asia/Yakutsk", "Pacific/Guadalcanal", "Asia/Vladivostok", "Pacific/Auckland", "Etc/GMT-12",
        "Pacific/Fiji", "Asia/Magadan", "Pacific/Tongatapu", "Pacific/Apia", "Pacific/Kiritimati",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True for a Windows time zone name.</summary>
    public static bool IsWindows(string name) => TzdbDateTimeZoneSource.Default.WindowsMapping.PrimaryMapping.ContainsKey(name);

    /// <summary>True when Graph takes this name in a request.</summary>
    public static bool IsAccepted(string? name) => name is not null && (IsWindows(name) || AdditionalIana.Contains(name));

    /// <summary>The first zone name of an event or getSchedule body that Graph would refuse, or null when all are accepted.</summary>
    public static string? FirstRefused(JsonObject body)
    {
        JsonNode?[] named = [body["start"]?["timeZone"], body["end"]?["timeZone"], body["startTime"]?["timeZone"],
            body["endTime"]?["timeZone"], body["recurrence"]?["range"]?["recurrenceTimeZone"]];
        return named.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : "").FirstOrDefault(n => !IsAccepted(n));
    }
}
