using System.Text.Json;
using Mentoring.Core.Scheduling;
using Mentoring.Infrastructure.Graph;

namespace Mentoring.Graph.Tests;

/// <summary>The wire form of each pattern, as Graph documents patternedRecurrence.</summary>
public sealed class GraphRecurrenceTests
{
    [Fact]
    public void Last_friday_is_relativeMonthly_with_index_last()
    {
        var cadence = new Cadence(new MonthlyOnWeekdayPattern(2, WeekOfMonth.Last, DayOfWeek.Friday), new DateOnly(2027, 1, 29),
            new TimeOnly(12, 0), TimeSpan.FromHours(1), "Europe/Paris", new EndDateRange(new DateOnly(2027, 12, 31)));

        using var json = JsonDocument.Parse(GraphRecurrence.Json(cadence));

        var pattern = json.RootElement.GetProperty("pattern");
        Assert.Equal("relativeMonthly", pattern.GetProperty("type").GetString());
        Assert.Equal(2, pattern.GetProperty("interval").GetInt32());
        Assert.Equal("friday", pattern.GetProperty("daysOfWeek")[0].GetString());
        Assert.Equal("last", pattern.GetProperty("index").GetString());
        var range = json.RootElement.GetProperty("range");
        Assert.Equal("endDate", range.GetProperty("type").GetString());
        Assert.Equal("2027-01-29", range.GetProperty("startDate").GetString());
        Assert.Equal("2027-12-31", range.GetProperty("endDate").GetString());
        Assert.Equal("Romance Standard Time", range.GetProperty("recurrenceTimeZone").GetString());
    }

    [Fact]
    public void Every_two_weeks_is_weekly_from_sunday_and_monthly_on_a_day_is_absoluteMonthly()
    {
        using var weekly = JsonDocument.Parse(GraphRecurrence.Json(Series.Biweekly()));
        using var monthly = JsonDocument.Parse(GraphRecurrence.Json(Series.Biweekly() with
        {
            Pattern = new MonthlyOnDayPattern(1, 31),
            FirstDate = new DateOnly(2027, 1, 31),
        }));

        Assert.Equal("weekly", weekly.RootElement.GetProperty("pattern").GetProperty("type").GetString());
        Assert.Equal("sunday", weekly.RootElement.GetProperty("pattern").GetProperty("firstDayOfWeek").GetString());
        Assert.Equal("thursday", weekly.RootElement.GetProperty("pattern").GetProperty("daysOfWeek")[0].GetString());
        Assert.Equal(20, weekly.RootElement.GetProperty("range").GetProperty("numberOfOccurrences").GetInt32());
        Assert.Equal("absoluteMonthly", monthly.RootElement.GetProperty("pattern").GetProperty("type").GetString());
        Assert.Equal(31, monthly.RootElement.GetProperty("pattern").GetProperty("dayOfMonth").GetInt32());
    }

    [Fact]
    public void Each_call_builds_a_new_object_so_a_retry_never_sends_an_empty_body()
    {
        var cadence = Series.Biweekly();

        Assert.NotSame(GraphRecurrence.From(cadence), GraphRecurrence.From(cadence));
        Assert.Equal(GraphRecurrence.Json(cadence), GraphRecurrence.Json(cadence));
    }
}
