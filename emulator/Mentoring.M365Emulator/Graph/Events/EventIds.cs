using System.Globalization;

namespace Mentoring.M365Emulator.Graph.Events;

/// <summary>Event ids. Occurrence ids are derived from (master id, original start) so they are stable across calls.</summary>
internal static class EventIds
{
    private const string OccurrenceFormat = "yyyyMMddHHmmss";

    public static string NewMasterId() => "AAMkAGVtdWxhdG9y" + Guid.NewGuid().ToString("N").ToUpperInvariant();

    public static string Occurrence(string masterId, DateTime originalStartUtc) =>
        $"{masterId}_{originalStartUtc.ToString(OccurrenceFormat, CultureInfo.InvariantCulture)}";

    public static bool TryParseOccurrence(string id, out string masterId, out DateTime originalStartUtc)
    {
        masterId = "";
        originalStartUtc = default;
        var underscore = id.LastIndexOf('_');
        if (underscore < 0 || !DateTime.TryParseExact(id[(underscore + 1)..], OccurrenceFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out originalStartUtc))
            return false;
        masterId = id[..underscore];
        return true;
    }
}
