using System.Text;
using Mentoring.Core.Scheduling;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Serialization.Json;
using CorePattern = Mentoring.Core.Scheduling.RecurrencePattern;
using GraphPattern = Microsoft.Graph.Models.RecurrencePattern;

namespace Mentoring.Infrastructure.Graph;

/// <summary>A cadence as Graph's <c>patternedRecurrence</c>; public so a property test can check it against the emulator's expander.</summary>
/// <remarks>
/// The zone goes as its Windows name in <c>range.recurrenceTimeZone</c> (Graph refuses most IANA ids). <c>range.startDate</c> is the first date,
/// which Graph requires to be the event's start date. Weekly uses <c>firstDayOfWeek</c> sunday: with one day a week the
/// choice does not move any date (see PatternDates), and sunday is Graph's default.
/// Every call builds new objects: Kiota's backing store would serialize a reused object as <c>{}</c>.
/// </remarks>
public static class GraphRecurrence
{
    public static PatternedRecurrence From(Cadence cadence)
    {
        ArgumentNullException.ThrowIfNull(cadence);
        return new PatternedRecurrence { Pattern = Pattern(cadence.Pattern), Range = Range(cadence) };
    }

    /// <summary>The JSON the SDK sends for <see cref="From"/>, with the SDK's own serializer.</summary>
    public static string Json(Cadence cadence)
    {
        using var writer = new JsonSerializationWriter();
        writer.WriteObjectValue(null, From(cadence));
        using var stream = writer.GetSerializedContent();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static GraphPattern Pattern(CorePattern pattern) => pattern switch
    {
        WeeklyPattern p => new GraphPattern
        {
            Type = RecurrencePatternType.Weekly,
            Interval = p.Interval,
            DaysOfWeek = [Day(p.Day)],
            FirstDayOfWeek = DayOfWeekObject.Sunday,
        },
        MonthlyOnDayPattern p => new GraphPattern { Type = RecurrencePatternType.AbsoluteMonthly, Interval = p.Interval, DayOfMonth = p.DayOfMonth },
        MonthlyOnWeekdayPattern p => new GraphPattern
        {
            Type = RecurrencePatternType.RelativeMonthly,
            Interval = p.Interval,
            DaysOfWeek = [Day(p.Day)],
            Index = Index(p.Week),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(pattern), pattern, "Unknown recurrence pattern."),
    };

    private static RecurrenceRange Range(Cadence cadence)
    {
        var range = new RecurrenceRange { StartDate = ToDate(cadence.FirstDate), RecurrenceTimeZone = GraphTimeZones.WindowsName(cadence.TimeZone) };
        switch (cadence.Range)
        {
            case NumberedRange n:
                range.Type = RecurrenceRangeType.Numbered;
                range.NumberOfOccurrences = n.Count;
                break;
            case EndDateRange e:
                range.Type = RecurrenceRangeType.EndDate;
                range.EndDate = ToDate(e.EndDate);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(cadence), cadence.Range, "Unknown series range.");
        }

        return range;
    }

    internal static Date ToDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    internal static DayOfWeekObject Day(DayOfWeek day) => day switch
    {
        DayOfWeek.Sunday => DayOfWeekObject.Sunday,
        DayOfWeek.Monday => DayOfWeekObject.Monday,
        DayOfWeek.Tuesday => DayOfWeekObject.Tuesday,
        DayOfWeek.Wednesday => DayOfWeekObject.Wednesday,
        DayOfWeek.Thursday => DayOfWeekObject.Thursday,
        DayOfWeek.Friday => DayOfWeekObject.Friday,
        _ => DayOfWeekObject.Saturday,
    };

    private static WeekIndex Index(WeekOfMonth week) => week switch
    {
        WeekOfMonth.First => WeekIndex.First,
        WeekOfMonth.Second => WeekIndex.Second,
        WeekOfMonth.Third => WeekIndex.Third,
        WeekOfMonth.Fourth => WeekIndex.Fourth,
        _ => WeekIndex.Last,
    };
}
