using System.Text.Json.Nodes;
using Mentoring.Core.Scheduling;
using Mentoring.Infrastructure.Graph;
using Mentoring.M365Emulator;

namespace Mentoring.Recurrence.PropertyTests;

/// <summary>The emulator's expansion of the recurrence the product sends to Graph (<see cref="GraphRecurrence"/>, the production mapping),
/// in the zone the product names there (a Windows name), as Graph reads it.</summary>
/// <remarks>
/// The emulator expands the Graph JSON within a window <c>[from, to)</c>; the window here is wider than any generated series
/// (a day before the first date to ten years after it, while ranges end within two years), so the whole series comes back.
/// </remarks>
internal static class EmulatorExpansion
{
    public static IReadOnlyList<DateTime> UtcStarts(Cadence cadence)
    {
        var from = new DateTimeOffset(cadence.FirstDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(-1);
        var recurrence = JsonNode.Parse(GraphRecurrence.Json(cadence))!;
        var starts = GraphRecurrenceExpander.Expand(
            recurrence,
            cadence.FirstDate.ToDateTime(cadence.StartTime),
            recurrence["range"]!["recurrenceTimeZone"]!.GetValue<string>(),
            from,
            from.AddYears(10));
        return [.. starts.Select(s => s.UtcDateTime)];
    }
}
