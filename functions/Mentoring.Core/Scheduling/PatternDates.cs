namespace Mentoring.Core.Scheduling;

/// <summary>The local dates a recurrence pattern produces, from the first date on, without end.</summary>
/// <remarks>
/// Periods are counted from the first date: the k-th weekly date is k × interval weeks after it, the k-th monthly date falls
/// in the month k × interval months after its month. With one day a week this equals Graph's week counting whatever its
/// <c>firstDayOfWeek</c>. Every period yields exactly one date (see <see cref="MonthlyOnDayPattern"/> for short months).
/// </remarks>
internal static class PatternDates
{
    private const int LastYear = 9998;

    public static IEnumerable<DateOnly> From(RecurrencePattern pattern, DateOnly first)
    {
        for (var k = 0; ; k++)
        {
            DateOnly? date = pattern switch
            {
                WeeklyPattern p => WeeklyDate(first, p.Interval, k),
                MonthlyOnDayPattern p => InMonth(first, p.Interval, k, month => OnDay(month, p.DayOfMonth)),
                MonthlyOnWeekdayPattern p => InMonth(first, p.Interval, k, month => OnWeekday(month, p.Week, p.Day)),
                _ => throw new ArgumentOutOfRangeException(nameof(pattern), pattern, "Unknown recurrence pattern."),
            };
            if (date is not { } d)
            {
                yield break;
            }

            yield return d;
        }
    }

    private static DateOnly? WeeklyDate(DateOnly first, int interval, int k)
    {
        var days = (long)k * interval * 7;
        return first.DayNumber + days > new DateOnly(LastYear, 12, 31).DayNumber ? null : first.AddDays((int)days);
    }

    private static DateOnly? InMonth(DateOnly first, int interval, int k, Func<DateOnly, DateOnly> pick)
    {
        var months = (long)first.Year * 12 + first.Month - 1 + (long)k * interval;
        var year = (int)(months / 12);
        return year > LastYear ? null : pick(new DateOnly(year, (int)(months % 12) + 1, 1));
    }

    /// <summary>Day <paramref name="day"/> of the month, or its last day when the month is shorter (Exchange's rule).</summary>
    public static DateOnly OnDay(DateOnly firstOfMonth, int day) =>
        firstOfMonth.AddDays(Math.Min(day, DateTime.DaysInMonth(firstOfMonth.Year, firstOfMonth.Month)) - 1);

    public static DateOnly OnWeekday(DateOnly firstOfMonth, WeekOfMonth week, DayOfWeek day)
    {
        var firstMatch = firstOfMonth.AddDays(((int)day - (int)firstOfMonth.DayOfWeek + 7) % 7);
        if (week != WeekOfMonth.Last)
        {
            return firstMatch.AddDays(7 * (int)week);
        }

        var lastMatch = firstMatch.AddDays(28);
        return lastMatch.Month == firstOfMonth.Month ? lastMatch : firstMatch.AddDays(21);
    }
}
