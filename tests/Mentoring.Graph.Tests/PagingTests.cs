using Mentoring.Core.Scheduling;

namespace Mentoring.Graph.Tests;

[Collection(GraphCollection.Name)]
public sealed class PagingTests(GraphFixture fixture)
{
    [Fact]
    public async Task Every_page_of_instances_is_read()
    {
        var cadence = new Cadence(new WeeklyPattern(1, DayOfWeek.Wednesday), new DateOnly(2027, 1, 6), new TimeOnly(7, 45),
            TimeSpan.FromMinutes(30), "Europe/Paris", new NumberedRange(Cadence.MaxOccurrences));
        var series = ResultAssert.Ok(await fixture.Gateway.CreateSeriesAsync(Series.Request(cadence)));
        fixture.Emulator.Log.Clear();

        var occurrences = await Occurrences.AllAsync(fixture.Gateway, series.SeriesMasterId, cadence);

        Assert.Equal(cadence.Expand().Select(s => s.Start), occurrences.Select(o => o.Start));
        Assert.Equal(2, fixture.Emulator.Log.Entries.Count(e => e.PathAndQuery.Contains("/instances", StringComparison.Ordinal)));
    }
}
