using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Benchmarks.Codev;

/// <summary>
/// Issue 24's co-développement figures, on the real clock: what the phase display costs per attendee while a session runs (each
/// request named by what it is for), and how long a phase change takes to reach every attendee (median, p95; goal ≤ 2 s).
/// </summary>
/// <remarks>
/// Each attendee is a poller doing what the side panel does (web/src/features/codev/api/queries.ts, agenda/api/queries.ts): the
/// co-développement state every 1 s with the last ETag in If-None-Match (the browser's cache revalidates the same way), the
/// agenda every 3 s. Attendees join at spread-out moments, as people do. The baseline, measured in the same run, is one poll
/// alone (a 304 round trip): a change's delay should be about half the poll interval plus one such round trip.
/// </remarks>
public static class CodevBenchmark
{
    internal static readonly TimeSpan StatePoll = TimeSpan.FromSeconds(1);
    internal static readonly TimeSpan AgendaPoll = TimeSpan.FromSeconds(3);
    private static readonly string[] Phases = ["expose", "clarification", "contract", "consultation", "actionPlan", "learnings"];

    public static async Task RunAsync(int changes)
    {
        await using var bench = await BenchHost.StartAsync();
        var members = new[] { "lea.dubois", "nicolas.thomas", "chloe.robert", "camille.martin", "manon.lefevre" }.Select(BenchHost.User).ToArray();
        var clients = await Task.WhenAll(members.Select(bench.ApiClientAsync));
        var (state, agenda) = await StartedAsync(bench, clients[0], members);
        var baseline = await OnePollAsync(bench, clients[1], state);

        using var stop = new CancellationTokenSource();
        var attendees = clients.Select(c => new CodevAttendee(c, state, agenda)).ToArray();
        var polling = Stopwatch.StartNew();
        var loops = attendees.Select((a, i) => a.RunAsync(TimeSpan.FromMilliseconds(i * 197), stop.Token)).ToArray();
        await Task.WhenAll(attendees.Select(a => a.FirstSeen.Task));

        // The animateur (Chloé) moves the phase every 2.5 s, round the six phases; each change is timed from just before its PUT.
        var animateur = clients[2];
        var delays = new List<double>();
        for (var k = 1; k <= changes; k++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(2500));
            var phase = Phases[k % Phases.Length];
            var sent = Stopwatch.GetTimestamp();
            (await animateur.PutAsJsonAsync(state + "/phase", new { phase })).EnsureSuccessStatusCode();
            var seen = await Task.WhenAll(attendees.Select(a => a.SeenAsync(phase, sent)));
            delays.AddRange(seen);
        }

        stop.Cancel();
        await Task.WhenAll(loops);
        var seconds = polling.Elapsed.TotalSeconds;
        Print(attendees, seconds, baseline, Stats.Of(delays), changes);
        foreach (var c in clients)
        {
            c.Dispose();
        }
    }

    private static async Task<(string State, string Agenda)> StartedAsync(BenchHost bench, HttpClient organizer, Mentoring.M365Emulator.DemoUser[] peers)
    {
        var body = new JsonObject
        {
            ["kind"] = "peerGroup",
            ["name"] = "Bench codev",
            ["objective"] = "Mesurer.",
            ["members"] = new JsonArray([.. peers.Select(p => (JsonNode)new JsonObject { ["personId"] = p.Id.ToString() })]),
            ["cadence"] = new JsonObject
            {
                ["firstDate"] = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7).ToString("yyyy-MM-dd"),
                ["startTime"] = "18:00",
                ["timeZone"] = "Europe/Paris",
            },
        };
        var id = await bench.CreateCircleAsync(organizer, body);
        var series = (await (await organizer.PostAsync($"circles/{id}/series", null)).Content.ReadFromJsonAsync<JsonObject>())!;
        var session = series["sessions"]![0]!["id"]!.GetValue<string>();
        var state = $"circles/{id}/sessions/{Uri.EscapeDataString(session)}/codev";
        (await organizer.PostAsJsonAsync(state, new { client = peers[1].Id, animateur = peers[2].Id })).EnsureSuccessStatusCode();
        return (state, $"circles/{id}/sessions/{Uri.EscapeDataString(session)}/agenda");
    }

    /// <summary>One poll alone, 50 times after 10 warm-ups: its median latency, and the storage requests it costs (304 and 200).</summary>
    private static async Task<(Stats Latency, double StorageNotModified, double StorageFull)> OnePollAsync(BenchHost bench, HttpClient api, string state)
    {
        var counter = bench.Host.Services.GetRequiredService<StorageRequestCounter>();
        using var first = await api.GetAsync(state);
        var etag = first.Headers.ETag!.ToString();
        var samples = new List<double>();
        var (storage304, storage200) = (0L, 0L);
        for (var i = 0; i < 60; i++)
        {
            using var conditional = new HttpRequestMessage(HttpMethod.Get, state);
            conditional.Headers.TryAddWithoutValidation("If-None-Match", etag);
            var (before, watch) = (counter.Count, Stopwatch.StartNew());
            using var response = await api.SendAsync(conditional);
            samples.Add(watch.Elapsed.TotalMilliseconds);
            storage304 += i >= 10 ? counter.Count - before : 0;
            before = counter.Count;
            using var full = await api.GetAsync(state);
            storage200 += i >= 10 ? counter.Count - before : 0;
        }

        return (Stats.Of(samples.Skip(10).ToArray()), storage304 / 50.0, storage200 / 50.0);
    }

    private static void Print(CodevAttendee[] attendees, double seconds, (Stats Latency, double NotModified, double Full) baseline, Stats delays, int changes)
    {
        Console.WriteLine("## Co-développement: the phase display while a session runs (issue 24)");
        Console.WriteLine($"{attendees.Length} attendees polling for {seconds:0.0} s (real clock), {changes} phase changes by the animateur (one every 2.5 s)");
        Console.WriteLine($"| {"request (what it is for)",-62} | {"per attendee /s",15} |");
        foreach (var purpose in attendees.SelectMany(a => a.Requests).GroupBy(r => r).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"| {purpose.Key,-62} | {purpose.Count() / seconds / attendees.Length,15:0.00} |");
        }

        var total = attendees.Sum(a => a.Requests.Count) / seconds / attendees.Length;
        Console.WriteLine($"| {"all",-62} | {total,15:0.00} |");
        Console.WriteLine($"Storage requests per state poll: {baseline.NotModified:0.00} when unchanged (304), {baseline.Full:0.00} when changed (200)");
        // A change lands on average half a poll before the next one.
        var expected = StatePoll.TotalMilliseconds / 2 + baseline.Latency.Median;
        Console.WriteLine($"Phase change → seen by every attendee ({delays.Count} sightings): "
            + $"median {delays.Median:0} ms, p95 {delays.P95:0} ms (goal ≤ 2000 ms)");
        Console.WriteLine($"Baseline (same run): one poll alone (304) median {baseline.Latency.Median:0.0} ms; "
            + $"half the poll interval + one poll = {expected:0} ms → median delay = {delays.Median / expected:0.00} × that; bound by construction: {StatePoll.TotalMilliseconds:0} ms + one poll");
        Console.WriteLine();
    }
}
