using System.Text.Json.Nodes;
using Mentoring.M365Emulator.Recurrence;
using Mentoring.M365Emulator.Time;

namespace Mentoring.M365Emulator;

/// <summary>
/// The emulator's expansion of a Graph patternedRecurrence, built on Ical.Net and independent of the
/// product's own domain expansion, so a property test can compare the two.
/// </summary>
/// <remarks>
/// Wall-clock time is kept across DST; a start in a spring-forward gap is shifted forward by the gap's length;
/// an ambiguous start takes the earlier instant. Day 29-31 of a month falls on the last day of shorter months
/// (Outlook's behaviour). The range's endDate is inclusive.
/// </remarks>
public static class GraphRecurrenceExpander
{
    /// <summary>Expands a recurrence given as Graph JSON ({"pattern":{...},"range":{...}}).</summary>
    /// <param name="localStart">The series start, wall-clock time in <paramref name="timeZone"/>; its time of day is used.</param>
    /// <param name="timeZone">IANA or Windows zone name.</param>
    /// <returns>UTC starts of the occurrences with from &lt;= start &lt; to, in order.</returns>
    public static IReadOnlyList<DateTimeOffset> Expand(
        string recurrenceJson, DateTime localStart, string timeZone, DateTimeOffset from, DateTimeOffset to)
    {
        var node = JsonNode.Parse(recurrenceJson) ?? throw new ArgumentException("Empty recurrence.", nameof(recurrenceJson));
        return Expand(node, localStart, timeZone, from, to);
    }

    /// <inheritdoc cref="Expand(string, DateTime, string, DateTimeOffset, DateTimeOffset)"/>
    public static IReadOnlyList<DateTimeOffset> Expand(
        JsonNode recurrence, DateTime localStart, string timeZone, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(recurrence);
        var parsed = GraphRecurrence.Parse(recurrence, out var error) ?? throw new ArgumentException(error, nameof(recurrence));
        var zone = GraphTime.FindZone(timeZone) ?? throw new ArgumentException($"Unknown time zone '{timeZone}'.", nameof(timeZone));
        return ExpandUtc(parsed, TimeOnly.FromDateTime(localStart), zone, from.UtcDateTime, to.UtcDateTime)
            .Select(utc => new DateTimeOffset(utc, TimeSpan.Zero))
            .ToArray();
    }

    internal static IEnumerable<DateTime> ExpandUtc(
        GraphRecurrence recurrence, TimeOnly timeOfDay, NodaTime.DateTimeZone zone, DateTime fromUtc, DateTime toUtc)
    {
        // Local and UTC differ by less than a day, so stopping two days after the window is safe.
        var stopLocal = toUtc.AddDays(2);
        foreach (var local in LocalExpansion.Expand(recurrence, timeOfDay))
        {
            if (local > stopLocal)
                yield break;
            var utc = GraphTime.ToUtc(local, zone);
            if (utc >= fromUtc && utc < toUtc)
                yield return utc;
        }
    }
}
