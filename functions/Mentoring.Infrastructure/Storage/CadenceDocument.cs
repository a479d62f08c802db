using Mentoring.Core.Scheduling;

namespace Mentoring.Infrastructure.Storage;

/// <summary>The stored JSON shape of a cadence; flat so it stays readable in Storage Explorer.</summary>
internal sealed record CadenceDocument(
    PatternKind Pattern,
    int Interval,
    DayOfWeek? DayOfWeek,
    int? DayOfMonth,
    WeekOfMonth? WeekOfMonth,
    DateOnly FirstDate,
    TimeOnly StartTime,
    int DurationMinutes,
    string TimeZone,
    int? Occurrences,
    DateOnly? EndDate)
{
    public static CadenceDocument From(Cadence c)
    {
        (PatternKind Kind, DayOfWeek? Day, int? DayOfMonth, WeekOfMonth? Week) shape = c.Pattern switch
        {
            WeeklyPattern w => (PatternKind.Weekly, w.Day, null, null),
            MonthlyOnDayPattern m => (PatternKind.MonthlyOnDay, null, m.DayOfMonth, null),
            MonthlyOnWeekdayPattern r => (PatternKind.MonthlyOnWeekday, r.Day, null, r.Week),
            _ => throw new NotSupportedException(c.Pattern.GetType().Name),
        };
        (int? Count, DateOnly? End) range = c.Range switch
        {
            NumberedRange n => (n.Count, null),
            EndDateRange e => (null, e.EndDate),
            _ => throw new NotSupportedException(c.Range.GetType().Name),
        };
        return new(shape.Kind, c.Pattern.Interval, shape.Day, shape.DayOfMonth, shape.Week, c.FirstDate, c.StartTime, (int)c.Duration.TotalMinutes, c.TimeZone, range.Count, range.End);
    }

    public Cadence ToCadence()
    {
        RecurrencePattern pattern = Pattern switch
        {
            PatternKind.Weekly => new WeeklyPattern(Interval, DayOfWeek!.Value),
            PatternKind.MonthlyOnDay => new MonthlyOnDayPattern(Interval, DayOfMonth!.Value),
            _ => new MonthlyOnWeekdayPattern(Interval, WeekOfMonth!.Value, DayOfWeek!.Value),
        };
        SeriesRange range = EndDate is { } end ? new EndDateRange(end) : new NumberedRange(Occurrences!.Value);
        return new Cadence(pattern, FirstDate, StartTime, TimeSpan.FromMinutes(DurationMinutes), TimeZone, range);
    }
}
