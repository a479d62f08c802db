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

    [Theory]
    [InlineData(LostResponse.GatewayTimeout)]
    [InlineData(LostResponse.ConnectionDropped)]
    public async Task A_series_whose_every_answer_is_lost_after_the_commit_exists_once_and_the_next_try_finds_it(LostResponse lost)
    {
        var request = Series.Request(Series.Biweekly());
        fixture.Emulator.Faults.Configure(new FaultSettings(LostResponseRate: 1, LostResponses: [lost]));
        fixture.Emulator.Log.Clear();

        var unanswered = await fixture.Gateway.CreateSeriesAsync(request);
        fixture.Emulator.Faults.Reset();
        var posts = fixture.Emulator.Log.Entries.Count(e => e.Method == "POST");
        var found = ResultAssert.Ok(await fixture.Gateway.CreateSeriesAsync(request));

        // Every attempt was carried out and its answer lost: the SDK retried each 504, the gateway re-sent after each drop.
        Assert.Equal(ErrorKind.Unavailable, Assert.Single(unanswered.Errors).Kind);
        Assert.True(posts > 1, $"{posts} POST");
        Assert.Equal(1, await CountAsync(request.Subject));
        var instances = await fixture.GraphCollectionAsync(
            $"users/{Series.Camille.Id}/events/{found.SeriesMasterId}/instances?startDateTime=2027-01-01T00:00:00Z&endDateTime=2028-01-01T00:00:00Z");
        Assert.Equal(20, instances.Count);
    }

    [Fact]
    public async Task Twenty_series_created_while_30_percent_of_answers_are_lost_after_the_commit_exist_once_each_and_each_call_knows_its_own()
    {
        var requests = Enumerable.Range(0, 20).Select(_ => Series.Request(Series.Biweekly())).ToList();
        fixture.Emulator.Faults.Configure(new FaultSettings(LostResponseRate: 0.3, Seed: 11));
        fixture.Emulator.Log.Clear();

        var created = new List<string>();
        foreach (var request in requests)
        {
            // As the timer does: an Unavailable is tried again later with the same request.
            var result = await fixture.Gateway.CreateSeriesAsync(request);
            for (var i = 0; i < 5 && !result.IsSuccess; i++)
            {
                result = await fixture.Gateway.CreateSeriesAsync(request);
            }

            created.Add(ResultAssert.Ok(result).SeriesMasterId);
        }

        var posts = fixture.Emulator.Log.Entries.Count(e => e.Method == "POST" && e.PathAndQuery.EndsWith("/events", StringComparison.Ordinal));
        fixture.Emulator.Faults.Reset();

        Assert.True(posts > requests.Count, $"{posts} POST for {requests.Count} series: no answer was lost");
        Assert.Equal(requests.Count, created.Distinct().Count());
        var events = await fixture.GraphCollectionAsync($"users/{Series.Camille.Id}/events");
        Assert.All(requests, r => Assert.Single(events, e => e.GetProperty("subject").GetString() == r.Subject));
        Assert.All(created, id => Assert.Contains(events, e => e.GetProperty("id").GetString() == id));
    }

    public void Dispose() => fixture.Emulator.Faults.Reset();

    private async Task<int> CountAsync(string subject) =>
        (await fixture.GraphCollectionAsync($"users/{Series.Camille.Id}/events")).Count(e => e.GetProperty("subject").GetString() == subject);
}
