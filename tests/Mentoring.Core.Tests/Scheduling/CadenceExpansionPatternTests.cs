using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Tests.Scheduling;

/// <summary>Which local dates each pattern and range produce.</summary>
public sealed class CadenceExpansionPatternTests
{
    private const string Paris = "Europe/Paris";

    [Fact]
    public void LastFridayOfTheMonth_FallsOnEachMonthsLastFriday()
    {
        var dates = Dates(ACadence.MonthlyOnWeekday(Paris, "2026-01-30", WeekOfMonth.Last).Times(7));

        Assert.Equal(["2026-01-30", "2026-02-27", "2026-03-27", "2026-04-24", "2026-05-29", "2026-06-26", "2026-07-31"], dates);
    }

    [Fact]
    public void MonthlyOnThe31st_FallsOnLastDayOfShorterMonths()
    {
        var dates = Dates(ACadence.MonthlyOnDay(Paris, "2026-01-31").Times(7));

        Assert.Equal(["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30", "2026-07-31"], dates);
    }

    [Fact]
    public void MonthlyOnThe30th_FallsOnFebruary29thInLeapYear()
    {
        var dates = Dates(ACadence.MonthlyOnDay(Paris, "2028-01-30").Times(3));

        Assert.Equal(["2028-01-30", "2028-02-29", "2028-03-30"], dates);
    }

    [Fact]
    public void EveryThreeMonthsOnSecondTuesday_SkipsTwoMonthsEachTime()
    {
        var dates = Dates(ACadence.MonthlyOnWeekday(Paris, "2026-01-13", WeekOfMonth.Second, interval: 3).Times(4));

        Assert.Equal(["2026-01-13", "2026-04-14", "2026-07-14", "2026-10-13"], dates);
    }

    [Fact]
    public void EveryThreeMonthsOnThe31st_ClampsInJuneAndSeptember()
    {
        var dates = Dates(ACadence.MonthlyOnDay(Paris, "2026-03-31", interval: 3).Times(4));

        Assert.Equal(["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"], dates);
    }

    [Fact]
    public void NumberedRange_YieldsExactlyCount()
    {
        Assert.Equal(["2026-01-05", "2026-01-12", "2026-01-19"], Dates(ACadence.Weekly(Paris, "2026-01-05").Times(3)));
    }

    [Fact]
    public void EndDateRangeOnASessionDay_IncludesIt()
    {
        var dates = Dates(ACadence.Weekly(Paris, "2026-01-05").Until("2026-02-02"));

        Assert.Equal(["2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26", "2026-02-02"], dates);
    }

    [Fact]
    public void EndDateRangeTheDayBefore_ExcludesThatSession()
    {
        Assert.Equal(4, ACadence.Weekly(Paris, "2026-01-05").Until("2026-02-01").Expand().Count);
    }

    [Fact]
    public void EndDateRangeOnFirstDate_YieldsOnlyFirstSession()
    {
        Assert.Equal(["2026-01-05"], Dates(ACadence.Weekly(Paris, "2026-01-05").Until("2026-01-05")));
    }

    [Fact]
    public void LongEndDateRange_IsCappedAtMaxSessions()
    {
        var cadence = ACadence.Weekly(Paris, "2026-01-05").Until("2028-01-05");

        Assert.Equal(Cadence.MaxOccurrences, cadence.Expand().Count);
        Assert.Equal(10, cadence.Expand(max: 10).Count);
        Assert.Equal(105, cadence.Expand(max: 1000).Count);
    }

    [Fact]
    public void AnyCadence_StartsOnFirstDateAndIncreases()
    {
        var slots = ACadence.MonthlyOnWeekday("Asia/Tokyo", "2026-12-31", WeekOfMonth.Last).Times(30).Expand();

        Assert.Equal(new DateOnly(2026, 12, 31), slots[0].OriginalLocalDate);
        Assert.True(slots.Zip(slots.Skip(1)).All(p => p.First.Start < p.Second.Start));
        Assert.All(slots, s => Assert.Equal(TimeSpan.FromHours(1), s.End - s.Start));
    }

    private static string[] Dates(ACadence cadence) =>
        [.. cadence.Expand().Select(s => s.OriginalLocalDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))];
}
