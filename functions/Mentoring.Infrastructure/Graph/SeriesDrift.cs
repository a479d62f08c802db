using Mentoring.Core.Scheduling;
using Microsoft.Graph.Models;
using RecurrencePattern = Microsoft.Graph.Models.RecurrencePattern;

namespace Mentoring.Infrastructure.Graph;

/// <summary>Whether a series master read from Graph still realises a cadence: recurrence, first start and length.</summary>
/// <remarks>
/// Only the fields that matter for each pattern and range type are compared: Graph fills the others with defaults
/// (<c>index: first</c> on a weekly pattern, <c>endDate: 0001-01-01</c> on a numbered range). The time zone is compared
/// through the instants it produces, so a Windows name returned for the IANA name sent is not a difference.
/// </remarks>
internal static class SeriesDrift
{
    public static bool Follows(Event master, Cadence cadence)
    {
        var first = cadence.Expand(1)[0];
        var expected = GraphRecurrence.From(cadence);
        return master.Recurrence is { Pattern: { } pattern, Range: { } range }
            && SamePattern(expected.Pattern!, pattern)
            && SameRange(expected.Range!, range)
            && GraphEvents.Instant(master.Start) == first.Start
            && GraphEvents.Instant(master.End) == first.End;
    }

    private static bool SamePattern(RecurrencePattern expected, RecurrencePattern actual) =>
        expected.Type == actual.Type
        && expected.Interval == actual.Interval
        && expected.Type switch
        {
            RecurrencePatternType.AbsoluteMonthly => expected.DayOfMonth == actual.DayOfMonth,
            RecurrencePatternType.RelativeMonthly => SameDays(expected, actual) && expected.Index == actual.Index,
            _ => SameDays(expected, actual),
        };

    private static bool SameDays(RecurrencePattern expected, RecurrencePattern actual) =>
        (expected.DaysOfWeek ?? []).ToHashSet().SetEquals(actual.DaysOfWeek ?? []);

    private static bool SameRange(RecurrenceRange expected, RecurrenceRange actual) =>
        expected.Type == actual.Type
        && expected.StartDate?.ToString() == actual.StartDate?.ToString()
        && (expected.Type == RecurrenceRangeType.Numbered
            ? expected.NumberOfOccurrences == actual.NumberOfOccurrences
            : expected.EndDate?.ToString() == actual.EndDate?.ToString());
}
