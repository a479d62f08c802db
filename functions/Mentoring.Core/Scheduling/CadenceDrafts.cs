namespace Mentoring.Core.Scheduling;

/// <summary>A cadence as a fully filled draft and back: the flat shape the API answers with and storage keeps.</summary>
public static class CadenceDrafts
{
    public static CadenceDraft ToDraft(this Cadence c)
    {
        var draft = new CadenceDraft(
            Interval: c.Pattern.Interval,
            FirstDate: c.FirstDate,
            StartTime: c.StartTime,
            DurationMinutes: (int)c.Duration.TotalMinutes,
            TimeZone: c.TimeZone,
            Occurrences: (c.Range as NumberedRange)?.Count,
            EndDate: (c.Range as EndDateRange)?.EndDate);
        return c.Pattern switch
        {
            WeeklyPattern w => draft with { Pattern = PatternKind.Weekly, DayOfWeek = w.Day },
            MonthlyOnDayPattern m => draft with { Pattern = PatternKind.MonthlyOnDay, DayOfMonth = m.DayOfMonth },
            MonthlyOnWeekdayPattern r => draft with { Pattern = PatternKind.MonthlyOnWeekday, DayOfWeek = r.Day, WeekOfMonth = r.Week },
            _ => throw new NotSupportedException(c.Pattern.GetType().Name),
        };
    }

    /// <summary>Rebuilds a cadence from a draft made by <see cref="ToDraft"/>, without validating it again.</summary>
    /// <remarks>Only for data that was valid when written: a first date now in the past must still load.</remarks>
    public static Cadence Restore(this CadenceDraft d)
    {
        RecurrencePattern pattern = d.Pattern switch
        {
            PatternKind.Weekly => new WeeklyPattern(d.Interval!.Value, d.DayOfWeek!.Value),
            PatternKind.MonthlyOnDay => new MonthlyOnDayPattern(d.Interval!.Value, d.DayOfMonth!.Value),
            _ => new MonthlyOnWeekdayPattern(d.Interval!.Value, d.WeekOfMonth!.Value, d.DayOfWeek!.Value),
        };
        SeriesRange range = d.EndDate is { } end ? new EndDateRange(end) : new NumberedRange(d.Occurrences!.Value);
        return new Cadence(pattern, d.FirstDate!.Value, d.StartTime!.Value, TimeSpan.FromMinutes(d.DurationMinutes!.Value), d.TimeZone!, range);
    }
}
