using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.M365Emulator;

namespace Mentoring.Api.Tests.Scheduling;

/// <summary>Throttling and outages lose nothing and duplicate nothing.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class ResilienceTests(LocalHostFixture fixture)
{
    private readonly GraphProbe graph = new(fixture.Host);

    [Fact]
    public async Task Twenty_circles_scheduled_while_30_percent_of_graph_requests_fail_give_exactly_twenty_series_each_known_to_its_circle()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var tag = "Résilience " + Guid.NewGuid().ToString("N")[..6];
        var ids = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var body = Circles.PeerGroup(Users.Lea, Users.Nicolas, Users.Chloe);
            body["name"] = $"{tag} #{i}";
            ids.Add((await Circles.CreateAsync(lea, body))["id"]!.GetValue<string>());
        }

        HttpStatusCode[] answers;
        fixture.Host.Emulator.Faults.Configure(new FaultSettings(FailureRate: 0.3, Statuses: [429, 503], RetryAfterSeconds: 1, Seed: 7));
        try
        {
            answers = await Task.WhenAll(ids.Select(async id => (await lea.PostAsync($"circles/{id}/series", null)).StatusCode));
        }
        finally
        {
            fixture.Host.Emulator.Faults.Reset();
        }

        Assert.All(answers, a => Assert.Contains(a, new[] { HttpStatusCode.Created, HttpStatusCode.ServiceUnavailable }));
        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));

        var events = await graph.EventsOfAsync(Users.Lea, tag);
        Assert.Equal(20, events.Length);
        Assert.Equal(20, events.Select(e => e["subject"]!.GetValue<string>()).Distinct().Count());
        foreach (var id in ids)
        {
            var series = (await lea.GetFromJsonAsync<JsonObject>($"circles/{id}/sessions"))!;
            Assert.Equal("scheduled", series["state"]!.GetValue<string>());
            Assert.Contains(events, e => e["id"]!.GetValue<string>() == series["seriesMasterId"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Twenty_circles_scheduled_while_40_percent_of_graph_answers_are_lost_after_the_commit_give_exactly_twenty_series()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var tag = "Réponse perdue " + Guid.NewGuid().ToString("N")[..6];
        var ids = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var body = Circles.PeerGroup(Users.Lea, Users.Nicolas, Users.Chloe);
            body["name"] = $"{tag} #{i}";
            ids.Add((await Circles.CreateAsync(lea, body))["id"]!.GetValue<string>());
        }

        // Graph carries out each write, then its answer is lost: a 504 (the SDK retries it) or a dropped connection (the
        // gateway re-sends). Only the transactionId stops either from making a second series.
        HttpStatusCode[] answers;
        fixture.Host.Emulator.Log.Clear();
        fixture.Host.Emulator.Faults.Configure(new FaultSettings(LostResponseRate: 0.4, Seed: 5));
        try
        {
            answers = await Task.WhenAll(ids.Select(async id => (await lea.PostAsync($"circles/{id}/series", null)).StatusCode));
        }
        finally
        {
            fixture.Host.Emulator.Faults.Reset();
        }

        var posts = fixture.Host.Emulator.Log.Entries.Count(e => e.Method == "POST" && e.PathAndQuery.EndsWith("/events", StringComparison.Ordinal));
        Assert.True(posts > ids.Count, $"{posts} POST for {ids.Count} series: no answer was lost");
        Assert.All(answers, a => Assert.Contains(a, new[] { HttpStatusCode.Created, HttpStatusCode.ServiceUnavailable }));
        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));

        var events = await graph.EventsOfAsync(Users.Lea, tag);
        Assert.Equal(20, events.Length);
        Assert.Equal(20, events.Select(e => e["subject"]!.GetValue<string>()).Distinct().Count());
        foreach (var id in ids)
        {
            var series = (await lea.GetFromJsonAsync<JsonObject>($"circles/{id}/sessions"))!;
            Assert.Equal("scheduled", series["state"]!.GetValue<string>());
            Assert.Contains(events, e => e["id"]!.GetValue<string>() == series["seriesMasterId"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task When_graph_stays_down_the_caller_gets_503_with_retry_after_and_the_timer_completes_the_series_once()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var circle = await Circles.CreateAsync(lea, Circles.PeerGroup(Users.Lea, Users.Nicolas, Users.Chloe));
        var id = circle["id"]!.GetValue<string>();

        HttpResponseMessage response;
        fixture.Host.Emulator.Faults.Configure(new FaultSettings(FailureRate: 1, Statuses: [503], RetryAfterSeconds: 1));
        try
        {
            response = await lea.PostAsync($"circles/{id}/series", null);
        }
        finally
        {
            fixture.Host.Emulator.Faults.Reset();
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal("calendar.unavailable", (await Circles.ProblemAsync(response))["code"]!.GetValue<string>());
        Assert.Equal("pending", (await lea.GetFromJsonAsync<JsonObject>($"circles/{id}/sessions"))!["state"]!.GetValue<string>());

        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));
        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));

        var series = (await lea.GetFromJsonAsync<JsonObject>($"circles/{id}/sessions"))!;
        Assert.Equal("scheduled", series["state"]!.GetValue<string>());
        Assert.Equal(12, series["sessions"]!.AsArray().Count);
        Assert.Single(await graph.EventsOfAsync(Users.Lea, circle["name"]!.GetValue<string>()));
    }
}
