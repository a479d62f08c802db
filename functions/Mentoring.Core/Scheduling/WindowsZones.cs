using NodaTime.TimeZones;

namespace Mentoring.Core.Scheduling;

/// <summary>IANA ↔ Windows zone names from CLDR's windowsZones (the table NodaTime ships), for calendars that want Windows names.</summary>
/// <remarks>
/// Microsoft Graph accepts Windows names everywhere but only a short list of IANA ids, so a zone the table cannot name in
/// Windows terms cannot be scheduled. Aliases are compared by their canonical tz id (Asia/Calcutta is Asia/Kolkata).
/// </remarks>
public static class WindowsZones
{
    private static readonly TzdbDateTimeZoneSource Source = TzdbDateTimeZoneSource.Default;

    // CLDR's own ids first (Europe/Brussels is "Romance Standard Time" there), then by canonical tz id for aliases CLDR does
    // not list: newer tz data links zones CLDR still keeps apart (Brussels to Berlin), so the exact id must win.
    private static readonly IReadOnlyDictionary<string, string> WindowsByIana = Index(id => id);

    private static readonly IReadOnlyDictionary<string, string> WindowsByCanonicalIana = Index(Canonical);

    private static Dictionary<string, string> Index(Func<string, string> key) => Source.WindowsMapping.MapZones
        .SelectMany(m => m.TzdbIds.Select(id => (Iana: key(id), m.WindowsId, m.Territory)))
        .GroupBy(x => x.Iana)
        // One IANA id in several rows: the world-wide ("001") row names the zone's own Windows zone.
        .ToDictionary(g => g.Key, g => g.OrderBy(x => x.Territory == "001" ? 0 : 1).First().WindowsId, StringComparer.Ordinal);

    /// <summary>The Windows name of an IANA zone ("Europe/Paris" → "Romance Standard Time"), or false when CLDR has none.</summary>
    public static bool TryGetWindowsName(string ianaId, out string windowsName)
    {
        windowsName = "";
        if (!TimeZones.TryFind(ianaId, out _)
            || !(WindowsByIana.TryGetValue(ianaId, out var found) || WindowsByCanonicalIana.TryGetValue(Canonical(ianaId), out found)))
        {
            return false;
        }

        windowsName = found;
        return true;
    }

    /// <summary>The IANA zone for a Windows name: the one of <paramref name="region"/> (ISO 3166 code) when CLDR lists one, else the zone's own city.</summary>
    /// <remarks>CLDR's own id is returned (it may be an old spelling such as Asia/Calcutta, still a tz id): canonicalising it
    /// with newer tz data would turn Europe/Brussels into Europe/Berlin.</remarks>
    public static bool TryGetIanaId(string windowsName, string? region, out string ianaId)
    {
        ianaId = "";
        var zones = Source.WindowsMapping.MapZones.Where(m => m.WindowsId == windowsName).ToArray();
        var regional = zones.FirstOrDefault(m => region is not null && string.Equals(m.Territory, region, StringComparison.OrdinalIgnoreCase));
        var chosen = regional ?? zones.FirstOrDefault(m => m.Territory == "001");
        if (chosen is null || chosen.TzdbIds.Count == 0)
        {
            return false;
        }

        ianaId = chosen.TzdbIds[0];
        return true;
    }

    /// <summary>True when both ids name the same tz zone (an alias and its canonical id do).</summary>
    public static bool SameZone(string ianaA, string ianaB) => Canonical(ianaA) == Canonical(ianaB);

    private static string Canonical(string id) => Source.CanonicalIdMap.TryGetValue(id, out var canonical) ? canonical : id;
}
