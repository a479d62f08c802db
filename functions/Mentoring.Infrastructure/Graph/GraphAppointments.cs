using Mentoring.Core.Scheduling;
using Mentoring.Core.Scheduling.Adoption;
using Microsoft.Graph.Models;

namespace Mentoring.Infrastructure.Graph;

/// <summary>An event read from Graph (asked in UTC) as Core's <see cref="Appointment"/>: its recurrence read back into a cadence draft.</summary>
/// <remarks>
/// A weekly recurrence on one day, <c>absoluteMonthly</c> and <c>relativeMonthly</c> are the shapes a cadence has (see
/// <see cref="GraphRecurrence"/>, which writes them); daily, yearly or several days a week give no draft. The local start is
/// read in the recurrence's own zone (Graph names it in Windows terms), so the cadence keeps the wall-clock time people chose.
/// </remarks>
internal static class GraphAppointments
{
    public static readonly string[] Fields =
        ["id", "iCalUId", "type", "isDraft", "isAllDay", "organizer", "attendees", "start", "end", "recurrence", "onlineMeeting", "originalStartTimeZone"];

    public static Appointment Read(Event e, string? chatThreadId) => new(
        e.Organizer?.EmailAddress?.Address ?? "",
        e.IsDraft ?? false,
        e.IsAllDay ?? false,
        e.Type == EventType.SeriesMaster || e.Recurrence is not null,
        [.. (e.Attendees ?? []).Select(a => a.EmailAddress?.Address).OfType<string>()],
        e.IsAllDay == true ? null : Draft(e),
        MeetingSeriesReader.Read(e, chatThreadId));

    private static CadenceDraft? Draft(Event e)
    {
        if (e.Recurrence is not { Pattern: { } pattern, Range: { } range } || range.StartDate is not { } first)
        {
            return null;
        }

        var zoneName = range.RecurrenceTimeZone ?? e.OriginalStartTimeZone ?? "UTC";
        if ((zoneName is "UTC" or "Etc/UTC" ? "Etc/UTC" : GraphTimeZones.IanaId(zoneName)) is not { } iana || !TimeZones.TryFind(iana, out var zone))
        {
            return null;
        }

        var start = GraphEvents.Instant(e.Start);
        var local = TimeZones.LocalIn(start, zone);
        var shape = Shape(pattern);
        if (shape is null)
        {
            return null;
        }

        return new CadenceDraft(
            shape.Value.Kind,
            pattern.Interval ?? 1,
            pattern.DaysOfWeek is [{ } day] ? Day(day) : null,
            pattern.DayOfMonth is > 0 ? pattern.DayOfMonth : null,
            shape.Value.Week,
            new DateOnly(first.Year, first.Month, first.Day),
            TimeOnly.FromDateTime(local),
            (int)Math.Round((GraphEvents.Instant(e.End) - start).TotalMinutes),
            iana,
            range.Type == RecurrenceRangeType.Numbered ? range.NumberOfOccurrences : null,
            range.Type == RecurrenceRangeType.EndDate && range.EndDate is { } end ? new DateOnly(end.Year, end.Month, end.Day) : null);
    }

    private static (PatternKind Kind, WeekOfMonth? Week)? Shape(Microsoft.Graph.Models.RecurrencePattern pattern) => pattern.Type switch
    {
        RecurrencePatternType.Weekly when pattern.DaysOfWeek is [_] => (PatternKind.Weekly, null),
        RecurrencePatternType.AbsoluteMonthly => (PatternKind.MonthlyOnDay, null),
        RecurrencePatternType.RelativeMonthly when pattern.DaysOfWeek is [_] => (PatternKind.MonthlyOnWeekday, Week(pattern.Index)),
        _ => null,
    };

    private static WeekOfMonth Week(WeekIndex? index) => index switch
    {
        WeekIndex.Second => WeekOfMonth.Second,
        WeekIndex.Third => WeekOfMonth.Third,
        WeekIndex.Fourth => WeekOfMonth.Fourth,
        WeekIndex.Last => WeekOfMonth.Last,
        _ => WeekOfMonth.First,
    };

    private static DayOfWeek Day(DayOfWeekObject day) => day switch
    {
        DayOfWeekObject.Sunday => DayOfWeek.Sunday,
        DayOfWeekObject.Monday => DayOfWeek.Monday,
        DayOfWeekObject.Tuesday => DayOfWeek.Tuesday,
        DayOfWeekObject.Wednesday => DayOfWeek.Wednesday,
        DayOfWeekObject.Thursday => DayOfWeek.Thursday,
        DayOfWeekObject.Friday => DayOfWeek.Friday,
        _ => DayOfWeek.Saturday,
    };
}
