using Mentoring.Core.Scheduling;
using Mentoring.M365Emulator;

namespace Mentoring.Graph.Tests;

[Collection(GraphCollection.Name)]
public sealed class AvailabilityTests(GraphFixture fixture)
{
    [Fact]
    public async Task Working_hours_come_back_in_IANA_and_sessions_as_busy()
    {
        var cadence = Series.Biweekly("America/Toronto", count: 2, at: new TimeOnly(10, 0));
        ResultAssert.Ok(await fixture.Gateway.CreateSeriesAsync(Series.Request(cadence, null, Series.Emilie)));
        var from = new DateTimeOffset(2027, 3, 11, 0, 0, 0, TimeSpan.Zero);

        var result = ResultAssert.Ok(await fixture.Gateway.GetAvailabilityAsync(
            GraphFixture.Contoso, Series.Organizer, [Series.Person(Series.Emilie), Series.Person(Series.Hugo)], from, from.AddDays(1)));

        var emilie = result[0];
        Assert.Equal(Series.Person(Series.Emilie).Id, emilie.Person);
        Assert.Equal("America/Toronto", emilie.WorkingHours.TimeZone);
        Assert.Equal(new TimeOnly(9, 0), emilie.WorkingHours.Start);
        Assert.Equal(new TimeOnly(17, 0), emilie.WorkingHours.End);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], emilie.WorkingHours.Days);
        var session = cadence.Expand()[0];
        Assert.Contains((session.Start, session.End), emilie.Busy);
        Assert.Equal("Europe/Paris", result[1].WorkingHours.TimeZone);
    }

    [Fact]
    public async Task Working_hours_in_a_custom_time_zone_are_read_in_the_person_s_own_zone()
    {
        var from = new DateTimeOffset(2027, 3, 11, 0, 0, 0, TimeSpan.Zero);
        var priya = Series.Person(DemoDirectory.Find("priya.nair@contoso.example")!);

        var hours = Assert.Single(ResultAssert.Ok(await fixture.Gateway.GetAvailabilityAsync(GraphFixture.Contoso, Series.Organizer, [priya], from, from.AddDays(1)))).WorkingHours;

        Assert.Equal(("Asia/Kolkata", new TimeOnly(9, 30), new TimeOnly(18, 30)), (hours.TimeZone, hours.Start, hours.End));
    }

    [Theory]
    [InlineData("Eastern Standard Time", "America/Toronto", "fr-CA", "America/Toronto")]
    [InlineData("Eastern Standard Time", "Europe/Paris", "fr-CA", "America/Toronto")]
    [InlineData("Eastern Standard Time", "Europe/Paris", "fr-FR", "America/New_York")]
    [InlineData("India Standard Time", "Europe/Paris", "fr-FR", "Asia/Calcutta")]
    [InlineData("Asia/Kolkata", "Europe/Paris", "fr-FR", "Asia/Kolkata")]
    public void Windows_zones_become_the_person_s_IANA_zone_when_they_agree(string graphName, string own, string locale, string? expected)
    {
        var person = Series.Person(Series.Camille) with { TimeZone = own, Locale = locale };

        Assert.Equal(expected, Mentoring.Infrastructure.Graph.GraphSchedules.Iana(new Microsoft.Graph.Models.TimeZoneBase { Name = graphName }, person));
    }

    [Fact]
    public void A_custom_time_zone_leaves_the_person_s_own_zone()
    {
        var person = Series.Person(Series.Camille) with { TimeZone = "America/Toronto", Locale = "fr-CA" };
        var custom = new Microsoft.Graph.Models.CustomTimeZone { Name = "Eastern Standard Time", Bias = 300 };

        Assert.Null(Mentoring.Infrastructure.Graph.GraphSchedules.Iana(custom, person));
    }

    [Fact]
    public async Task A_question_beyond_getSchedule_s_limits_is_asked_in_parts_and_answered_whole()
    {
        // 100 days and 25 people: getSchedule takes 62 days and 20 schedules, so 2 windows x 2 groups of people.
        var cadence = Series.Biweekly(count: 7); // 11 March to 3 June 2027
        ResultAssert.Ok(await fixture.Gateway.CreateSeriesAsync(Series.Request(cadence, null, Series.Emilie)));
        var strangers = Enumerable.Range(0, 23).Select(i => Series.Person(Series.Hugo) with
        {
            Id = new Mentoring.Core.People.PersonId(Guid.NewGuid()),
            Email = $"nobody{i}@contoso.example",
        });
        var people = new[] { Series.Person(Series.Hugo) }.Concat(strangers).Append(Series.Person(Series.Emilie)).ToList();
        var from = new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero);
        fixture.Emulator.Log.Clear();

        var result = ResultAssert.Ok(await fixture.Gateway.GetAvailabilityAsync(GraphFixture.Contoso, Series.Organizer, people, from, from.AddDays(100)));

        Assert.Equal([Series.Person(Series.Hugo).Id, Series.Person(Series.Emilie).Id], result.Select(a => a.Person));
        var emilie = result[1];
        Assert.All(cadence.Expand(), s => Assert.Contains((s.Start, s.End), emilie.Busy)); // sessions on both sides of day 62
        Assert.Equal(emilie.Busy.Count, emilie.Busy.Distinct().Count());
        Assert.Equal(4, fixture.Emulator.Log.Entries.Count(e => e.PathAndQuery.Contains("/getSchedule", StringComparison.Ordinal) && e.Status == 200));
    }

    [Fact]
    public async Task Nobody_asked_means_no_request()
    {
        var result = await fixture.Gateway.GetAvailabilityAsync(GraphFixture.Contoso, Series.Organizer, [], DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(1));

        Assert.Empty(ResultAssert.Ok(result));
    }
}
