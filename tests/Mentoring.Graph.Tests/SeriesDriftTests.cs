using Mentoring.Core.Common;
using Mentoring.Core.Scheduling;

namespace Mentoring.Graph.Tests;

/// <summary>The timer's drift check: a series read back from Graph follows the cadence it was made from, and no other.</summary>
[Collection(GraphCollection.Name)]
public sealed class SeriesDriftTests(GraphFixture fixture)
{
    public static TheoryData<string> Cadences => [.. Known.Keys];

    private static readonly Dictionary<string, Cadence> Known = new()
    {
        ["every two weeks, numbered"] = Series.Biweekly(),
        ["first Tuesday monthly"] = new(new MonthlyOnWeekdayPattern(1, WeekOfMonth.First, DayOfWeek.Tuesday), new DateOnly(2027, 6, 1), new TimeOnly(12, 0), TimeSpan.FromMinutes(60), "Europe/Paris", new NumberedRange(6)),
        ["the 15th monthly, end date"] = new(new MonthlyOnDayPattern(1, 15), new DateOnly(2027, 1, 15), new TimeOnly(9, 30), TimeSpan.FromMinutes(45), "America/New_York", new EndDateRange(new DateOnly(2027, 12, 31))),
    };

    [Theory]
    [MemberData(nameof(Cadences))]
    public async Task A_series_follows_the_cadence_it_was_created_from_and_not_a_changed_one(string name)
    {
        var cadence = Known[name];
        var series = ResultAssert.Ok(await fixture.Gateway.CreateSeriesAsync(Series.Request(cadence)));

        Assert.True(ResultAssert.Ok(await Follows(series.SeriesMasterId, cadence)));
        Assert.False(ResultAssert.Ok(await Follows(series.SeriesMasterId, cadence with { StartTime = cadence.StartTime.AddMinutes(30) })));
        Assert.False(ResultAssert.Ok(await Follows(series.SeriesMasterId, cadence with { Duration = cadence.Duration + TimeSpan.FromMinutes(15) })));
        Assert.False(ResultAssert.Ok(await Follows(series.SeriesMasterId, cadence with { Range = new NumberedRange(3) })));
    }

    [Fact]
    public async Task After_a_cadence_change_the_series_follows_the_new_cadence()
    {
        var (before, after) = (Known["every two weeks, numbered"], Known["first Tuesday monthly"]);
        var series = ResultAssert.Ok(await fixture.Gateway.CreateSeriesAsync(Series.Request(before)));

        ResultAssert.Ok(await fixture.Gateway.UpdateCadenceAsync(GraphFixture.Contoso, Series.Organizer, series.SeriesMasterId, after));

        Assert.False(ResultAssert.Ok(await Follows(series.SeriesMasterId, before)));
        Assert.True(ResultAssert.Ok(await Follows(series.SeriesMasterId, after)));
    }

    [Fact]
    public async Task A_deleted_series_answers_not_found()
    {
        var series = ResultAssert.Ok(await fixture.Gateway.CreateSeriesAsync(Series.Request(Series.Biweekly())));
        await fixture.GraphAsync(HttpMethod.Delete, $"users/{Series.Camille.Id}/events/{series.SeriesMasterId}", null);

        var result = await Follows(series.SeriesMasterId, Series.Biweekly());

        Assert.Equal(ErrorKind.NotFound, Assert.Single(result.Errors).Kind);
    }

    [Fact]
    public async Task A_series_that_exchange_places_an_hour_off_because_its_windows_zone_data_differs_still_follows_its_cadence()
    {
        var cadence = Series.Biweekly();
        var series = ResultAssert.Ok(await fixture.Gateway.CreateSeriesAsync(Series.Request(cadence)));

        // Windows data that puts Paris on summer time from 1 March 2027 (tzdb: 28 March): the first session is 16:00Z, not 17:00Z.
        fixture.Emulator.ZoneRules.Override("Europe/Paris", new DateTime(2027, 3, 1), new DateTime(2027, 3, 28, 1, 0, 0), TimeSpan.FromHours(2));
        try
        {
            var first = ResultAssert.Ok(await fixture.Gateway.ListOccurrencesAsync(GraphFixture.Contoso, Series.Organizer, series.SeriesMasterId,
                new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 3, 20, 0, 0, 0, TimeSpan.Zero)))[0];
            Assert.NotEqual(cadence.Expand(1)[0].Start, first.Start);    // the difference is real

            Assert.True(ResultAssert.Ok(await Follows(series.SeriesMasterId, cadence)));
            Assert.False(ResultAssert.Ok(await Follows(series.SeriesMasterId, cadence with { StartTime = cadence.StartTime.AddMinutes(30) })));
        }
        finally
        {
            fixture.Emulator.ZoneRules.Clear();
        }
    }

    private Task<Result<bool>> Follows(string master, Cadence cadence) =>
        fixture.Gateway.FollowsCadenceAsync(GraphFixture.Contoso, Series.Organizer, master, cadence);
}
