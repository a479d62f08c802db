using System.Text.Json;
using Mentoring.Core.Common;
using Mentoring.M365Emulator;

namespace Mentoring.Graph.Tests;

/// <summary>Retries never duplicate a series, throttling is absorbed, and an outage is a value, not an exception.</summary>
[Collection(GraphCollection.Name)]
public sealed class ResilienceTests(GraphFixture fixture) : IDisposable
{
    [Fact]
    public async Task The_same_request_twice_creates_one_series()
    {
        var request = Series.Request(Series.Biweekly());

        var first = ResultAssert.Ok(await fixture.Gateway.CreateSeriesAsync(request));
        var second = ResultAssert.Ok(await fixture.Gateway.CreateSeriesAsync(request));

        Assert.Equal(first, second);
        Assert.Equal(1, await CountAsync(request.Subject));
    }

    [Fact]
    public async Task Throttling_at_30_percent_is_retried_and_creates_one_series()
    {
        // Five retries: at 30 % failure four failures in a row would otherwise fail about one call in 120.
        var gateway = fixture.CreateGateway(maxRetries: 5);
        var cadence = Series.Biweekly();
        var request = Series.Request(cadence);
        fixture.Emulator.Faults.Configure(new FaultSettings(FailureRate: 0.3, Statuses: [429, 503], RetryAfterSeconds: 1));
        fixture.Emulator.Log.Clear();

        var created = ResultAssert.Ok(await gateway.CreateSeriesAsync(request));
        var again = ResultAssert.Ok(await gateway.CreateSeriesAsync(request));
        var occurrences = await Occurrences.AllAsync(gateway, created.SeriesMasterId, cadence);
        var others = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            others.Add(ResultAssert.Ok(await gateway.CreateSeriesAsync(Series.Request(cadence))).SeriesMasterId);
        }

        fixture.Emulator.Faults.Reset();

        Assert.Equal(created.SeriesMasterId, again.SeriesMasterId);
        Assert.Equal(20, occurrences.Count);
        Assert.Equal(1, await CountAsync(request.Subject));
        Assert.Equal(5, others.Distinct().Count());
        Assert.Contains(fixture.Emulator.Log.Entries, e => e.Status is 429 or 503);
    }

    [Fact]
    public async Task A_calendar_that_stays_down_answers_Unavailable_with_its_Retry_After()
    {
        var request = Series.Request(Series.Biweekly());
        fixture.Emulator.Faults.Configure(new FaultSettings(FailureRate: 1, Statuses: [503], RetryAfterSeconds: 1));

        var result = await fixture.Gateway.CreateSeriesAsync(request);
        fixture.Emulator.Faults.Reset();

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorKind.Unavailable, error.Kind);
        Assert.Equal("calendar.unavailable", error.Code);
        Assert.Equal(1, error.Args!["retryAfterSeconds"]);
        Assert.Equal(0, await CountAsync(request.Subject));
    }

    [Fact]
    public async Task A_Retry_After_too_long_to_wait_is_handed_to_the_caller_at_once()
    {
        fixture.Emulator.Faults.Configure(new FaultSettings(FailureRate: 1, Statuses: [429], RetryAfterSeconds: 120));
        fixture.Emulator.Log.Clear();

        var result = await fixture.Gateway.CreateSeriesAsync(Series.Request(Series.Biweekly()));
        fixture.Emulator.Faults.Reset();

        Assert.Equal(Error.Unavailable("calendar.unavailable", TimeSpan.FromSeconds(120)).Args, Assert.Single(result.Errors).Args);
        Assert.Single(fixture.Emulator.Log.Entries);
    }

    public void Dispose() => fixture.Emulator.Faults.Reset();

    private async Task<int> CountAsync(string subject)
    {
        var events = await fixture.GraphAsync(HttpMethod.Get, $"users/{Series.Camille.Id}/events");
        return events.GetProperty("value").EnumerateArray().Count(e => e.GetProperty("subject").GetString() == subject);
    }
}
