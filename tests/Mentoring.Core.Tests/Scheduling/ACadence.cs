using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Tests.Scheduling;

/// <summary>Test-data builder for valid cadences, bypassing <see cref="Cadence.Create"/> so expansion tests state only what matters.</summary>
/// <remarks>Defaults: 18:00, 60 minutes, six sessions; patterns are derived from the first date so the cadence invariant holds.</remarks>
internal sealed record ACadence(RecurrencePattern Pattern, DateOnly FirstDate, string Zone)
{
    public TimeOnly StartTime { get; init; } = new(18, 0);

    public int Minutes { get; init; } = 60;

    public SeriesRange Range { get; init; } = new NumberedRange(6);

    public static ACadence Weekly(string zone, string firstDate, int interval = 1)
    {
        var first = DateOnly.Parse(firstDate);
        return new(new WeeklyPattern(interval, first.DayOfWeek), first, zone);
    }

    public static ACadence MonthlyOnDay(string zone, string firstDate, int interval = 1)
    {
        var first = DateOnly.Parse(firstDate);
        return new(new MonthlyOnDayPattern(interval, first.Day), first, zone);
    }

    public static ACadence MonthlyOnWeekday(string zone, string firstDate, WeekOfMonth week, int interval = 1)
    {
        var first = DateOnly.Parse(firstDate);
        return new(new MonthlyOnWeekdayPattern(interval, week, first.DayOfWeek), first, zone);
    }

    public ACadence At(int hour, int minute = 0) => this with { StartTime = new TimeOnly(hour, minute) };

    public ACadence Lasting(int minutes) => this with { Minutes = minutes };

    public ACadence Times(int count) => this with { Range = new NumberedRange(count) };

    public ACadence Until(string endDate) => this with { Range = new EndDateRange(DateOnly.Parse(endDate)) };

    public Cadence Build() => new(Pattern, FirstDate, StartTime, TimeSpan.FromMinutes(Minutes), Zone, Range);

    public IReadOnlyList<SessionSlot> Expand(int max = Cadence.MaxOccurrences) => Build().Expand(max);
}
