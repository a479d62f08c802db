using System.Globalization;

namespace Mentoring.Benchmarks;

/// <summary>Prints the tables; every ratio is against a baseline measured in this same run.</summary>
public static class Report
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Header(Options options, BenchHost bench)
    {
        Console.WriteLine($"# MentoringAddin benchmarks — {DateTimeOffset.Now.ToString("yyyy-MM-dd HH:mm zzz", Invariant)}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
        Console.WriteLine($"storage: {bench.Azurite}, tables prefixed {bench.TablePrefix}");
        Console.WriteLine($"reproduce: scripts/bench.sh   (= {options.CommandLine})");
        Console.WriteLine();
    }

    public static void Foundation(IReadOnlyList<Scenario> scenarios, Options options)
    {
        Console.WriteLine($"## A) foundation: {options.Iterations} interleaved calls per row after {options.Warmup} warm-up rounds, one at a time");
        var baseline = scenarios[0].Latency;
        Console.WriteLine($"| {"operation",-56} | {"storage requests/call",-21} | {"median ms",9} | {"p95 ms",8} | {"median ×",8} | {"p95 ×",6} |");
        Console.WriteLine($"|{new string('-', 58)}|{new string('-', 23)}|{new string('-', 11)}|{new string('-', 10)}|{new string('-', 10)}|{new string('-', 8)}|");
        foreach (var s in scenarios)
        {
            var l = s.Latency;
            Console.WriteLine($"| {s.Name,-56} | {s.StorageRequests,-21} | {F(l.Median),9} | {F(l.P95),8} | {F(l.Median / baseline.Median),8} | {F(l.P95 / baseline.P95),6} |");
        }

        Console.WriteLine("storage requests/call: Table Storage HTTP requests seen by the StorageRequestCounter singleton around each call (value ×calls).");
        Console.WriteLine("× columns: each row's median (p95) divided by the bare point read's median (p95) from this run.");
        Console.WriteLine();
    }

    public static void Scheduling(SchedulingResult r)
    {
        Console.WriteLine("## B) scheduling: POST /api/circles/{id}/series (peer group of 3, Léa calling)");
        Console.WriteLine($"Graph requests for one series, from the emulator's request log: {r.OneSeries.Count}");
        Breakdown(r.OneSeries);
        Console.WriteLine($"Table Storage requests for one series, from the StorageRequestCounter: {r.OneSeriesStorage.Count}");
        StorageBreakdown(r, r.OneSeriesStorage);

        Console.WriteLine($"Graph requests for {r.Circles} series at parallelism {r.Parallelism}: {r.ProductGraph.Count} ({F((double)r.ProductGraph.Count / r.Circles)} per series; Table Storage: {r.ProductStorage}, {F((double)r.ProductStorage / r.Circles)} per series)");
        Breakdown(r.ProductGraph);
        Console.WriteLine();
        var wall = r.ProductWall.TotalMilliseconds;
        Console.WriteLine($"| {"measure",-76} | {"ms",9} | {"product wall ×",14} |");
        Console.WriteLine($"|{new string('-', 78)}|{new string('-', 11)}|{new string('-', 16)}|");
        Console.WriteLine($"| {$"product: wall time to schedule {r.Circles} circles (parallelism {r.Parallelism})",-76} | {F(wall),9} | {"1.00",14} |");
        Console.WriteLine($"| {$"product: one POST /series, median (p95 {F(r.ProductPerRequest.P95)} ms)",-76} | {F(r.ProductPerRequest.Median),9} | {"",14} |");
        Console.WriteLine($"| {$"emulator: Σ DurationMs of the product's {r.ProductGraph.Count} Graph requests",-76} | {F(r.ProductGraphMs),9} | {F(wall / r.ProductGraphMs),14} |");
        Console.WriteLine($"| {$"replay: wall time of {r.Circles} create+lookup+instances, plain HttpClient (parallelism {r.Parallelism})",-76} | {F(r.ReplayWall.TotalMilliseconds),9} | {F(wall / r.ReplayWall.TotalMilliseconds),14} |");
        Console.WriteLine($"| {$"replay: Σ DurationMs of its {r.ReplayGraph.Count} Graph requests",-76} | {F(r.ReplayGraphMs),9} | {"",14} |");
        Console.WriteLine("wall ÷ Σ DurationMs: end-to-end time per ms of Graph (emulator) server work; Σ is serial time, so at parallelism 4 the floor is ~0.25 and anything above it is time spent outside Graph.");
        Console.WriteLine("wall ÷ replay wall: how much longer the product takes than the cheapest client doing the same Graph calls at the same parallelism (API, auth, Table Storage, Graph SDK overhead).");
        Console.WriteLine("replay breakdown:");
        Breakdown(r.ReplayGraph);
        Console.WriteLine();
        Timer(r);
    }

    private static void Timer(SchedulingResult r)
    {
        var t = r.Timer;
        Console.WriteLine($"## C) timer: one SchedulingTimer run over the {t.Listed} listed circles (nothing changed in Outlook), {F(t.Wall.TotalMilliseconds)} ms");
        Console.WriteLine($"Graph requests: {t.Graph.Count} ({F((double)t.Graph.Count / t.Listed)} per circle)");
        Breakdown(t.Graph);
        Console.WriteLine($"Table Storage requests: {t.Storage.Count} ({F((double)t.Storage.Count / t.Listed)} per circle)");
        StorageBreakdown(r, t.Storage);
        Console.WriteLine();
    }

    private static void StorageBreakdown(SchedulingResult r, IEnumerable<Mentoring.Infrastructure.Storage.StorageRequest> requests)
    {
        foreach (var (shape, count, purpose) in r.StorageBreakdown(requests))
        {
            Console.WriteLine($"  {count,5} × {shape,-30} {purpose}");
        }
    }

    private static void Breakdown(IEnumerable<M365Emulator.RequestLogEntry> entries)
    {
        foreach (var (shape, count, statuses) in SchedulingResult.Breakdown(entries))
        {
            Console.WriteLine($"  {count,5} × {shape}   [status {statuses}]");
        }
    }

    private static string F(double value) => value.ToString("0.00", Invariant);
}
