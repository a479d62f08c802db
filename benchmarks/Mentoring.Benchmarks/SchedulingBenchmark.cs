using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Core.Scheduling;
using Mentoring.Infrastructure.Storage;
using Mentoring.M365Emulator;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Benchmarks;

/// <summary>Issue "scheduling": Graph requests per scheduled series, and the wall time of scheduling many circles against Graph's own time.</summary>
public static class SchedulingBenchmark
{
    private const int WarmupCircles = 4;

    public static async Task<SchedulingResult> RunAsync(BenchHost bench, Options options)
    {
        var lea = BenchHost.User("lea.dubois");
        DemoUser[] members = [lea, BenchHost.User("nicolas.thomas"), BenchHost.User("chloe.robert")];
        using var api = await bench.ApiClientAsync(lea);
        var log = bench.Host.Emulator.Log;
        var storage = bench.Host.Services.GetRequiredService<StorageRequestCounter>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism };

        var ids = new string[WarmupCircles + options.Circles];
        await Parallel.ForAsync(0, ids.Length, parallel, async (i, _) => ids[i] = await CreatePeerGroupAsync(bench, api, members));

        // One series alone, to read exactly which Graph requests it costs.
        log.Clear();
        storage.StartRecording();
        await ScheduleAsync(api, ids[0]);
        var oneSeries = log.Entries;
        var oneSeriesStorage = storage.StopRecording();

        await Parallel.ForAsync(1, WarmupCircles, parallel, async (i, _) => await ScheduleAsync(api, ids[i]));

        log.Clear();
        var storageBefore = storage.Count;
        var latencies = new double[options.Circles];
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForAsync(0, options.Circles, parallel, async (i, _) => latencies[i] = await ScheduleAsync(api, ids[WarmupCircles + i]));
        var productWall = Stopwatch.GetElapsedTime(started);
        var productGraph = log.Entries;
        var productStorage = storage.Count - storageBefore;

        var instances = oneSeries.First(e => e.PathAndQuery.Contains("/instances", StringComparison.Ordinal)).PathAndQuery;
        var query = instances.Contains('?', StringComparison.Ordinal) ? instances[instances.IndexOf('?', StringComparison.Ordinal)..] : "";
        var (replayWall, replayGraph) = await GraphReplay.RunAsync(bench, lea, members, query, options.Circles, options.Parallelism);

        // One timer run over everything now listed: what keeping every series in step costs per circle.
        var listed = 0;
        await foreach (var _ in bench.Host.Services.GetRequiredService<IScheduledCircles>().ListAsync())
        {
            listed++;
        }

        log.Clear();
        storage.StartRecording();
        started = Stopwatch.GetTimestamp();
        await bench.Host.RunTimerAsync("SchedulingTimer");
        var timer = new TimerRun(listed, Stopwatch.GetElapsedTime(started), log.Entries, storage.StopRecording());

        return new SchedulingResult(oneSeries, oneSeriesStorage, bench.TablePrefix, options.Circles, options.Parallelism, productWall, Stats.Of(latencies), productGraph, productStorage, replayWall, replayGraph, timer);
    }

    private static async Task<string> CreatePeerGroupAsync(BenchHost bench, HttpClient api, DemoUser[] peers)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var thursday = today.AddDays(((int)DayOfWeek.Thursday - (int)today.DayOfWeek + 7) % 7 + 7);
        var body = new JsonObject
        {
            ["kind"] = "peerGroup",
            ["name"] = "Groupe bench " + Guid.NewGuid().ToString("N")[..6],
            ["objective"] = "Avancer ensemble.",
            ["members"] = new JsonArray([.. peers.Select(p => (JsonNode)new JsonObject { ["personId"] = p.Id.ToString() })]),
            ["cadence"] = new JsonObject { ["firstDate"] = thursday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["startTime"] = "18:00", ["timeZone"] = "Europe/Paris" },
        };
        return await bench.CreateCircleAsync(api, body);
    }

    private static async Task<double> ScheduleAsync(HttpClient api, string id)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await api.PostAsync($"circles/{id}/series", null);
        _ = await response.Content.ReadAsByteArrayAsync();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        await Expect(response, HttpStatusCode.Created);
        return elapsed;
    }

    private static async Task Expect(HttpResponseMessage response, HttpStatusCode status)
    {
        if (response.StatusCode != status)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} returned {(int)response.StatusCode}, expected {(int)status}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
