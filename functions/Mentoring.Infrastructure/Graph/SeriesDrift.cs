using Mentoring.Core.Scheduling;
using Microsoft.Graph.Models;
using RecurrencePattern = Microsoft.Graph.Models.RecurrencePattern;

namespace Mentoring.Infrastructure.Graph;

/// <summary>Whether a series master read from Graph still realises a cadence: recurrence, first start and length.</summary>
/// <remarks>
/// Only the fields that matter for each pattern and range type are compared: Graph fills the others with defaults
/// (<c>index: first</c> on a weekly pattern, <c>endDate: 0001-01-01</c> on a numbered range). The time zone is compared
/// through the instants it produces, so a Windows name returned for the IANA name sent is not a difference.
/// The master is read in the series' own zone (<see cref="ReadZone"/>), so its first start and end come back as wall-clock
/// times and are turned into instants with the tz database, as the cadence's are: Exchange computes instants with Windows
/// time zone data, which differs from tzdb for some zones and years, and read in UTC a series whose local times are the
/// cadence's would look "drifted" to every timer run and be patched again, each patch a meeting update to every member.
/// </remarks>
internal static class SeriesDrift
{
    public static bool Follows(Event master, Cadence cadence)
    {
        var expected = GraphRecurrence.From(cadence);
        return master.Recurrence is { Pattern: { } pattern, Range: { } range }
            && SamePattern(expected.Pattern!, pattern)
            && SameRange(expected.Range!, range)
            && SameInstants(master, cadence);
    }

    /// <summary>The zone the master is read in, so its start and end come back as the organizer's wall-clock times.</summary>
    public static string ReadZone(Cadence cadence) => GraphTimeZones.WindowsName(cadence.TimeZone);

    private static bool SameInstants(Event master, Cadence cadence)
    {
        var first = cadence.Expand(1)[0];
        return GraphEvents.Instant(master.Start) == first.Start && GraphEvents.Instant(master.End) == first.End;
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
