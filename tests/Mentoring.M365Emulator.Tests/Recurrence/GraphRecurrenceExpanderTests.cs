namespace Mentoring.M365Emulator.Tests.Recurrence;

public sealed class GraphRecurrenceExpanderTests
{
    private static readonly DateTimeOffset From = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2028, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Paris_every_two_weeks_at_18_00_stays_18_00_local_across_both_DST_changes()
    {
        var json = """
            {"pattern":{"type":"weekly","interval":2,"daysOfWeek":["thursday"],"firstDayOfWeek":"monday"},
             "range":{"type":"endDate","startDate":"2026-03-05","endDate":"2026-11-26"}}
            """;

        var starts = GraphRecurrenceExpander.Expand(json, new DateTime(2026, 3, 5, 18, 0, 0), "Europe/Paris", From, To);

        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        Assert.All(starts, s => Assert.Equal(new TimeOnly(18, 0), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(s, paris).DateTime)));
        Assert.Equal(new DateTimeOffset(2026, 3, 19, 17, 0, 0, TimeSpan.Zero), starts[1]); // before 29 March: UTC+1
        Assert.Equal(new DateTimeOffset(2026, 4, 2, 16, 0, 0, TimeSpan.Zero), starts[2]);  // after: UTC+2
        Assert.Contains(new DateTimeOffset(2026, 10, 29, 17, 0, 0, TimeSpan.Zero), starts); // after 25 October: UTC+1 again
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 17, 0, 0, TimeSpan.Zero), starts[^1]); // endDate is inclusive
        Assert.Equal(20, starts.Count); // 266 days = 19 intervals of two weeks
    }

    [Fact]
    public void Sydney_monthly_keeps_local_time_across_the_southern_DST_changes()
    {
        var json = """
            {"pattern":{"type":"absoluteMonthly","interval":1,"dayOfMonth":10},
             "range":{"type":"numbered","startDate":"2026-03-10","numberOfOccurrences":8}}
            """;

        var starts = GraphRecurrenceExpander.Expand(json, new DateTime(2026, 3, 10, 9, 0, 0), "Australia/Sydney", From, To);

        Assert.Equal(8, starts.Count);
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 22, 0, 0, TimeSpan.Zero), starts[0]);  // AEDT UTC+11
        Assert.Equal(new DateTimeOffset(2026, 4, 9, 23, 0, 0, TimeSpan.Zero), starts[1]);  // AEST UTC+10 from 5 April
        Assert.Equal(new DateTimeOffset(2026, 10, 9, 22, 0, 0, TimeSpan.Zero), starts[7]); // AEDT again from 4 October
    }

    [Fact]
    public void Last_Friday_of_the_month()
    {
        var json = """
            {"pattern":{"type":"relativeMonthly","interval":1,"daysOfWeek":["friday"],"index":"last"},
             "range":{"type":"numbered","startDate":"2026-01-01","numberOfOccurrences":4}}
            """;

        var starts = GraphRecurrenceExpander.Expand(json, new DateTime(2026, 1, 1, 12, 0, 0), "UTC", From, To);

        Assert.Equal([new(2026, 1, 30), new(2026, 2, 27), new(2026, 3, 27), new DateOnly(2026, 4, 24)],
            starts.Select(s => DateOnly.FromDateTime(s.UtcDateTime)));
    }

    [Fact]
    public void Day_31_falls_on_the_last_day_of_shorter_months()
    {
        var json = """
            {"pattern":{"type":"absoluteMonthly","interval":1,"dayOfMonth":31},
             "range":{"type":"numbered","startDate":"2026-01-31","numberOfOccurrences":5}}
            """;

        var starts = GraphRecurrenceExpander.Expand(json, new DateTime(2026, 1, 31, 10, 0, 0), "Europe/Paris", From, To);

        Assert.Equal([new(2026, 1, 31), new(2026, 2, 28), new(2026, 3, 31), new(2026, 4, 30), new DateOnly(2026, 5, 31)],
            starts.Select(s => DateOnly.FromDateTime(s.UtcDateTime)));
    }

    [Fact]
    public void A_start_that_does_not_match_the_pattern_is_not_an_occurrence()
    {
        // 2026-03-03 is a Tuesday; the series is on Thursdays, so Graph's first occurrence is 5 March.
        var json = """
            {"pattern":{"type":"weekly","interval":1,"daysOfWeek":["thursday"]},
             "range":{"type":"numbered","startDate":"2026-03-03","numberOfOccurrences":2}}
            """;

        var starts = GraphRecurrenceExpander.Expand(json, new DateTime(2026, 3, 3, 10, 0, 0), "UTC", From, To);

        Assert.Equal([new(2026, 3, 5), new DateOnly(2026, 3, 12)], starts.Select(s => DateOnly.FromDateTime(s.UtcDateTime)));
    }

    [Fact]
    public void A_time_in_the_spring_gap_moves_forward_and_an_ambiguous_time_takes_the_first_instant()
    {
        var json = """
            {"pattern":{"type":"daily","interval":1},
             "range":{"type":"endDate","startDate":"2026-03-28","endDate":"2026-03-29"}}
            """;
        var autumn = json.Replace("2026-03-28", "2026-10-24").Replace("2026-03-29", "2026-10-25");

        var spring = GraphRecurrenceExpander.Expand(json, new DateTime(2026, 3, 28, 2, 30, 0), "Europe/Paris", From, To);
        var fall = GraphRecurrenceExpander.Expand(autumn, new DateTime(2026, 10, 24, 2, 30, 0), "Europe/Paris", From, To);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), spring[1]); // 03:30 CEST, one hour later
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), fall[1]);   // the first 02:30 (CEST)
    }
}
