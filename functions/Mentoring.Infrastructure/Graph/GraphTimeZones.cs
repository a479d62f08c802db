using Mentoring.Core.Scheduling;

namespace Mentoring.Infrastructure.Graph;

/// <summary>Zone names on Graph's wire: Windows names out (CLDR's mapping), Windows or IANA names in.</summary>
/// <remarks>
/// Graph accepts every Windows name but only a documented short list of IANA ids, and refuses the rest (America/Toronto)
/// with <c>TimeZoneNotSupportedException</c>; so the gateway never sends an IANA id.
/// </remarks>
internal static class GraphTimeZones
{
    /// <summary>The Windows name of a cadence's zone; the domain only admits zones that have one.</summary>
    public static string WindowsName(string ianaId) =>
        WindowsZones.TryGetWindowsName(ianaId, out var windows)
            ? windows
            : throw new ArgumentException($"'{ianaId}' has no Windows time zone name.", nameof(ianaId));

    /// <summary>The IANA id for a zone name Graph sent (IANA as is, Windows through CLDR), or null when unknown.</summary>
    public static string? IanaId(string name)
    {
        if (TimeZones.TryFind(name, out var zone))
        {
            return zone.Id;
        }

        return WindowsZones.TryGetIanaId(name, null, out var iana) ? iana : null;
    }
}
