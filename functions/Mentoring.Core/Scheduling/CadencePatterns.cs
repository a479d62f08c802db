using Mentoring.Core.Circles;
using Mentoring.Core.Common;

namespace Mentoring.Core.Scheduling;

/// <summary>Builds the recurrence of a draft, defaulting from the kind and the first date, and checking the two agree.</summary>
internal static class CadencePatterns
{
    public static RecurrencePattern? Create(CadenceDraft draft, CircleKind kind, DateOnly first, string field, Validation v)
    {
        var shape = draft.Pattern ?? (kind == CircleKind.Mentorship ? PatternKind.MonthlyOnWeekday : PatternKind.Weekly);
        var interval = draft.Interval ?? (shape == PatternKind.Weekly && kind == CircleKind.PeerGroup ? 2 : 1);
        if (interval is < 1 or > Cadence.MaxInterval)
        {
            v.Add(Error.Invalid($"{field}.interval", "cadence.interval.range", Cadence.Bounds(1, Cadence.MaxInterval)));
        }

        var before = v.Errors.Count;
        if (draft.DayOfWeek is { } day && day != first.DayOfWeek && shape != PatternKind.MonthlyOnDay)
        {
            v.Add(Error.Invalid($"{field}.dayOfWeek", "cadence.firstDate.mismatch"));
        }

        RecurrencePattern pattern = shape switch
        {
            PatternKind.Weekly => new WeeklyPattern(interval, first.DayOfWeek),
            PatternKind.MonthlyOnDay => MonthlyOnDay(draft, interval, first, field, v),
            _ => MonthlyOnWeekday(draft, interval, first, field, v),
        };
        return v.Errors.Count == before ? pattern : null;
    }

    private static MonthlyOnDayPattern MonthlyOnDay(CadenceDraft draft, int interval, DateOnly first, string field, Validation v)
    {
        if (draft.DayOfMonth is { } day && day != first.Day)
        {
            v.Add(Error.Invalid($"{field}.dayOfMonth", "cadence.firstDate.mismatch"));
        }

        return new MonthlyOnDayPattern(interval, first.Day);
    }

    private static MonthlyOnWeekdayPattern MonthlyOnWeekday(CadenceDraft draft, int interval, DateOnly first, string field, Validation v)
    {
        var week = draft.WeekOfMonth ?? WeekOf(first);
        if (!IsWeekOf(first, week))
        {
            v.Add(Error.Invalid($"{field}.weekOfMonth", "cadence.firstDate.mismatch"));
        }

        return new MonthlyOnWeekdayPattern(interval, week, first.DayOfWeek);
    }

    /// <summary>The week a date falls in: first to fourth, and a fifth weekday is the last.</summary>
    public static WeekOfMonth WeekOf(DateOnly date) => ((date.Day - 1) / 7) switch
    {
        0 => WeekOfMonth.First,
        1 => WeekOfMonth.Second,
        2 => WeekOfMonth.Third,
        3 => WeekOfMonth.Fourth,
        _ => WeekOfMonth.Last,
    };

    private static bool IsWeekOf(DateOnly date, WeekOfMonth week) =>
        week == WeekOfMonth.Last ? date.AddDays(7).Month != date.Month : WeekOf(date) == week;
}
