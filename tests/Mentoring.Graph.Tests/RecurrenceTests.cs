using Mentoring.Core.Scheduling;

namespace Mentoring.Graph.Tests;

/// <summary>A series created through the gateway expands in Graph (the emulator) exactly as Core's <see cref="CadenceExpansion"/> predicts.</summary>
[Collection(GraphCollection.Name)]
public sealed class RecurrenceTests(GraphFixture fixture)
{
    public static TheoryData<string, Cadence> Cadences => new()
    {
        // Fortnightly at 18:00 across 2027's DST changes: 28 March and 31 October in Paris.
        { "paris", Series.Biweekly("Europe/Paris") },
        { "new york", Series.Biweekly("America/New_York") },
        // Southern hemisphere: daylight time ends 4 April and starts 3 October 2027.
        { "sydney", Series.Biweekly("Australia/Sydney", count: 26) },
        { "kolkata", Series.Biweekly("Asia/Kolkata", at: new TimeOnly(9, 30)) },
        // Negative DST in the tz data, early in the night across Dublin's 2027 changes; Graph gets "GMT Standard Time" and "Morocco Standard Time".
        { "dublin", Series.Biweekly("Europe/Dublin", at: new TimeOnly(1, 30)) },
        { "casablanca", Series.Biweekly("Africa/Casablanca", at: new TimeOnly(2, 30)) },
        { "last friday", new Cadence(new MonthlyOnWeekdayPattern(1, WeekOfMonth.Last, DayOfWeek.Friday), new DateOnly(2027, 1, 29),
            new TimeOnly(12, 30), TimeSpan.FromMinutes(90), "Europe/Paris", new NumberedRange(12)) },
        // The 31st: 30-day months get the 30th, February its last day.
        { "31st", new Cadence(new MonthlyOnDayPattern(1, 31), new DateOnly(2027, 1, 31),
            new TimeOnly(8, 0), TimeSpan.FromHours(1), "Europe/Paris", new NumberedRange(12)) },
        { "end date", new Cadence(new WeeklyPattern(1, DayOfWeek.Monday), new DateOnly(2027, 3, 1),
            new TimeOnly(17, 0), TimeSpan.FromMinutes(45), "America/Toronto", new EndDateRange(new DateOnly(2027, 11, 30))) },
    };

    [Theory]
    [MemberData(nameof(Cadences))]
    public async Task Every_occurrence_is_where_the_domain_expects_it(string name, Cadence cadence)
    {
        var created = ResultAssert.Ok(await fixture.Gateway.CreateSeriesAsync(Series.Request(cadence, name)));

        var occurrences = await Occurrences.AllAsync(fixture.Gateway, created.SeriesMasterId, cadence);

        var expected = cadence.Expand();
        Assert.Equal(expected.Select(s => (s.Start, s.End)), occurrences.Select(o => (o.Start, o.End)));
        Assert.All(occurrences, o => Assert.False(o.IsMoved));
        var zone = NodaTime.DateTimeZoneProviders.Tzdb[cadence.TimeZone];
        Assert.All(occurrences, o => Assert.Equal(cadence.StartTime, NodaTime.Instant.FromDateTimeOffset(o.Start).InZone(zone).TimeOfDay.ToTimeOnly()));
    }

    [Fact]
    public async Task The_series_carries_its_Teams_meeting_and_chat()
    {
        var created = ResultAssert.Ok(await fixture.Gateway.CreateSeriesAsync(Series.Request(Series.Biweekly())));

        Assert.StartsWith("AAMk", created.SeriesMasterId);
        Assert.StartsWith("040000008200E00074C5B7101A82E008", created.ICalUId);
        Assert.StartsWith("https://teams.microsoft.com/l/meetup-join/", created.JoinUrl);
        Assert.Matches("^19:meeting_.+@thread.v2$", created.ChatThreadId);
        var master = await fixture.GraphAsync(HttpMethod.Get, $"users/{Series.Camille.Id}/events/{created.SeriesMasterId}");
        // Graph refuses most IANA ids: the product names the zone in Windows terms, everywhere it writes one.
        Assert.Equal("Romance Standard Time", master.GetProperty("recurrence").GetProperty("range").GetProperty("recurrenceTimeZone").GetString());
        Assert.Equal(("Romance Standard Time", "Romance Standard Time"), (master.GetProperty("originalStartTimeZone").GetString(), master.GetProperty("originalEndTimeZone").GetString()));
        Assert.True(master.GetProperty("allowNewTimeProposals").GetBoolean());
        Assert.Equal("html", master.GetProperty("body").GetProperty("contentType").GetString());
        Assert.Equal("Hugo Bernard", master.GetProperty("attendees")[0].GetProperty("emailAddress").GetProperty("name").GetString());
    }
}
