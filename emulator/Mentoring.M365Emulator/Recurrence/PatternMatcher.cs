namespace Mentoring.M365Emulator.Recurrence;

/// <summary>Whether a date satisfies a pattern; used only to decide if the series start itself is an occurrence.</summary>
internal static class PatternMatcher
{
    public static bool Matches(GraphRecurrence r, DateOnly date) => r.Type switch
    {
        "daily" => true,
        "weekly" => r.DaysOfWeek.Contains(date.DayOfWeek),
        "absoluteMonthly" => date.Day == ClampedDay(r.DayOfMonth, date),
        "relativeMonthly" => IsRelative(r, date),
        "absoluteYearly" => date.Month == r.Month && date.Day == ClampedDay(r.DayOfMonth, date),
        "relativeYearly" => date.Month == r.Month && IsRelative(r, date),
        _ => false,
    };

    private static int ClampedDay(int day, DateOnly date) => Math.Min(day, DateTime.DaysInMonth(date.Year, date.Month));

    private static bool IsRelative(GraphRecurrence r, DateOnly date)
    {
        var candidates = Enumerable.Range(1, DateTime.DaysInMonth(date.Year, date.Month))
            .Select(d => new DateOnly(date.Year, date.Month, d))
            .Where(d => r.DaysOfWeek.Contains(d.DayOfWeek))
            .ToList();
        var position = r.Index switch { "first" => 0, "second" => 1, "third" => 2, "fourth" => 3, _ => candidates.Count - 1 };
        return position < candidates.Count && candidates[position] == date;
    }
}
