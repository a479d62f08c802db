using CsCheck;
using Mentoring.Core.Scheduling;

namespace Mentoring.Recurrence.PropertyTests;

/// <summary>CsCheck generators of valid cadences, biased towards what breaks expanders: DST days, early-morning times, days 29–31.</summary>
/// <remarks>
/// Every generated cadence satisfies <see cref="Cadence"/>'s invariant (the first date is a session day). Two thirds of the weekly series
/// are aimed at a DST change day of their zone, two thirds of the start times fall between 00:00 and 03:59 (where every gap and overlap of
/// these zones lies), and Sundays are favoured because every change in these zones happens on a Sunday.
/// </remarks>
internal static class CadenceGen
{
    public static readonly string[] Zones =
    [
        "Europe/Paris", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Asia/Tokyo", "America/St_Johns", "Australia/Lord_Howe",
        "Europe/Dublin", "Africa/Casablanca", // negative DST in the tz data: what TimeZoneInfo on Linux got wrong
    ];

    private static readonly DateOnly Origin = new(2026, 1, 1);

    private static readonly Dictionary<string, IReadOnlyList<DateOnly>> Transitions = Zones.ToDictionary(z => z, DstTransitions.Days);

    public static readonly Gen<Cadence> Cadence =
        from zone in Gen.OneOf(Zones)
        from shaped in Gen.OneOf(Weekly(zone), MonthlyOnDay, MonthlyOnWeekday)
        from start in StartTime
        from minutes in Gen.Int[1, 32].Select(q => q * 15)
        from range in Range(shaped.First)
        select new Cadence(shaped.Pattern, shaped.First, start, TimeSpan.FromMinutes(minutes), zone, range);

    private static Gen<TimeOnly> StartTime => Gen.Frequency<TimeOnly>(
        (1, Gen.Int[0, 23 * 60 + 59].Select(m => new TimeOnly(m / 60, m % 60))),
        (2, Gen.Int[0, 3 * 60 + 59].Select(m => new TimeOnly(m / 60, m % 60))));

    private static Gen<(RecurrencePattern Pattern, DateOnly First)> Weekly(string zone)
    {
        var anyDay = Gen.Int[0, 729].Select(d => Origin.AddDays(d));
        var nearChange = Transitions[zone].Count == 0
            ? anyDay
            : from change in Gen.OneOf([.. Transitions[zone]]) from weeksBefore in Gen.Int[0, 8] select change.AddDays(-7 * weeksBefore);
        return from first in Gen.Frequency<DateOnly>((1, anyDay), (2, nearChange))
               from interval in Gen.Int[1, 4]
               select ((RecurrencePattern)new WeeklyPattern(interval, first.DayOfWeek), first);
    }

    private static Gen<(RecurrencePattern Pattern, DateOnly First)> MonthlyOnDay =>
        from month in Gen.Int[0, 23].Select(m => Origin.AddMonths(m))
        from day in Gen.Frequency<int>((3, Gen.Int[1, 31]), (2, Gen.Int[28, 31]))
        from interval in Gen.Int[1, 3]
        let first = FirstMonthWithDay(month, day)
        select ((RecurrencePattern)new MonthlyOnDayPattern(interval, day), first);

    private static Gen<(RecurrencePattern Pattern, DateOnly First)> MonthlyOnWeekday =>
        from month in Gen.Int[0, 23].Select(m => Origin.AddMonths(m))
        from week in Gen.Enum<WeekOfMonth>()
        from day in Gen.Frequency<DayOfWeek>((1, Gen.Const(DayOfWeek.Sunday)), (1, Gen.Enum<DayOfWeek>()))
        from interval in Gen.Int[1, 3]
        select ((RecurrencePattern)new MonthlyOnWeekdayPattern(interval, week, day), WeekdayIn(month, week, day));

    private static Gen<SeriesRange> Range(DateOnly first) => Gen.Frequency<SeriesRange>(
        (1, Gen.Int[1, 40].Select(n => (SeriesRange)new NumberedRange(n))),
        (1, Gen.Int[0, 730].Select(d => (SeriesRange)new EndDateRange(first.AddDays(d)))));

    // The first date must be a real day 'day', so a series on the 31st starts in the next month that has one.
    private static DateOnly FirstMonthWithDay(DateOnly month, int day)
    {
        while (DateTime.DaysInMonth(month.Year, month.Month) < day)
        {
            month = month.AddMonths(1);
        }

        return new DateOnly(month.Year, month.Month, day);
    }

    private static DateOnly WeekdayIn(DateOnly month, WeekOfMonth week, DayOfWeek day)
    {
        var matches = Enumerable.Range(0, DateTime.DaysInMonth(month.Year, month.Month))
            .Select(month.AddDays)
            .Where(d => d.DayOfWeek == day)
            .ToList();
        return week == WeekOfMonth.Last ? matches[^1] : matches[(int)week];
    }
}
