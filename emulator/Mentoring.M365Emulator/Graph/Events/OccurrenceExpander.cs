using Mentoring.M365Emulator.Time;

namespace Mentoring.M365Emulator.Graph.Events;

/// <summary>The instances of a stored series: expansion, then cancellations and moved occurrences.</summary>
internal static class OccurrenceExpander
{
    /// <summary>Instances overlapping [fromUtc, toUtc), cancelled ones left out as Graph does.</summary>
    public static IReadOnlyList<Occurrence> Expand(StoredEvent stored, DateTime fromUtc, DateTime toUtc)
    {
        // A moved occurrence can land in the window from far outside it, so look a year either side.
        return Originals(stored, fromUtc.AddYears(-1), toUtc.AddYears(1))
            .Where(o => !stored.Cancelled.Contains(o))
            .Select(o => Apply(stored, o))
            .Where(o => o.StartUtc < toUtc && o.EndUtc > fromUtc)
            .OrderBy(o => o.StartUtc)
            .ToList();
    }

    /// <summary>The (uncancelled) instance whose original start is given, or null if the series has none there.</summary>
    public static Occurrence? Find(StoredEvent stored, DateTime originalStartUtc)
    {
        var exists = Originals(stored, originalStartUtc, originalStartUtc.AddSeconds(1)).Any();
        return exists && !stored.Cancelled.Contains(originalStartUtc) ? Apply(stored, originalStartUtc) : null;
    }

    private static IEnumerable<DateTime> Originals(StoredEvent stored, DateTime fromUtc, DateTime toUtc)
    {
        if (stored.Recurrence is null || GraphTime.Read(stored.Json["start"], stored.Zones) is not { } start)
            return [];
        return GraphRecurrenceExpander.ExpandUtc(stored.Recurrence, TimeOnly.FromDateTime(start.Local), start.Zone, fromUtc, toUtc);
    }

    private static Occurrence Apply(StoredEvent stored, DateTime originalUtc)
    {
        var duration = (GraphTime.ReadUtc(stored.Json["end"], stored.Zones) ?? originalUtc) - (GraphTime.ReadUtc(stored.Json["start"], stored.Zones) ?? originalUtc);
        var exception = stored.Exceptions.GetValueOrDefault(originalUtc);
        var start = GraphTime.ReadUtc(exception?["start"]) ?? originalUtc;
        var end = GraphTime.ReadUtc(exception?["end"]) ?? start + duration;
        return new Occurrence(originalUtc, start, end, exception);
    }
}
