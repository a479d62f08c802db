namespace Mentoring.M365Emulator.Recurrence;

/// <summary>Translates a Graph pattern into an RFC 5545 RRULE (without COUNT/UNTIL: the range is applied afterwards).</summary>
/// <remarks>
/// Day 29-31 of a month: Outlook falls back to the last day of shorter months. Microsoft's CDO
/// RecurrencePattern.DayOfMonth page (msdn ms528295, "Microsoft Outlook and CDO generate recurrences on
/// February 28 for years other than leap years"; "the last day of every month can be represented by the
/// value 31") says so, while plain RFC 5545 BYMONTHDAY=31 would skip those months. Hence
/// BYMONTHDAY=28..d;BYSETPOS=-1: the last existing day among 28..d.
/// </remarks>
internal static class RRuleBuilder
{
    public static string Build(GraphRecurrence r)
    {
        var interval = $"INTERVAL={r.Interval}";
        return r.Type switch
        {
            "daily" => $"FREQ=DAILY;{interval}",
            "weekly" => $"FREQ=WEEKLY;{interval};BYDAY={Days(r)};WKST={Day(r.FirstDayOfWeek)}",
            "absoluteMonthly" => $"FREQ=MONTHLY;{interval};{MonthDay(r.DayOfMonth)}",
            "relativeMonthly" => $"FREQ=MONTHLY;{interval};BYDAY={Days(r)};BYSETPOS={SetPos(r.Index)}",
            "absoluteYearly" => $"FREQ=YEARLY;{interval};BYMONTH={r.Month};{MonthDay(r.DayOfMonth)}",
            "relativeYearly" => $"FREQ=YEARLY;{interval};BYMONTH={r.Month};BYDAY={Days(r)};BYSETPOS={SetPos(r.Index)}",
            _ => throw new ArgumentException($"Unknown pattern type {r.Type}", nameof(r)),
        };
    }

    private static string MonthDay(int day) =>
        day <= 28 ? $"BYMONTHDAY={day}" : $"BYMONTHDAY={string.Join(',', Enumerable.Range(28, day - 27))};BYSETPOS=-1";

    private static string SetPos(string index) => index switch
    {
        "first" => "1",
        "second" => "2",
        "third" => "3",
        "fourth" => "4",
        _ => "-1",
    };

    private static string Days(GraphRecurrence r) => string.Join(',', r.DaysOfWeek.Select(Day));

    private static string Day(DayOfWeek day) => day.ToString()[..2].ToUpperInvariant();
}
