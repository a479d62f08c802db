using System.Diagnostics;

namespace Mentoring.Benchmarks;

/// <summary>Measures the "foundation" and "scheduling" issues through the local host and prints ratios to baselines from the same run.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Contains("--matching"))
        {
            // Pure Core: needs neither Azurite nor the emulator, so it can run alone.
            Matching.MatchingBenchmark.Run();
            return 0;
        }

        if (args.Contains("--mentor-index-only"))
        {
            // Its own Azurite: 100,000 profiles are no data for the shared one.
            await Matching.MentorIndexBenchmark.RunAsync();
            return 0;
        }

        if (args.Contains("--dispatch-only"))
        {
            // Its own local host and emulator: the quickest way to re-measure delivery alone.
            await Dispatch.DispatchBenchmark.RunAsync(Options.Get(args, "--dispatch-members", 2000), inMemory: args.Contains("--dispatch-in-memory"));
            return 0;
        }

        if (args.Contains("--nudges-only"))
        {
            // Its own local host and emulator: activity-feed nudges alone, under Graph's documented limits.
            await Nudges.NudgeBenchmark.RunAsync(Options.Get(args, "--nudges-members", 2000));
            return 0;
        }

        if (args.Contains("--codev-only"))
        {
            // Issue 24: its own local host on the real clock (the polls are real time); --codev-changes sets the phase changes.
            await Codev.CodevBenchmark.RunAsync(Options.Get(args, "--codev-changes", 20));
            return 0;
        }

        if (args.Contains("--scale-only"))
        {
            // Issue 22.6: its own Azurite, local host and fake clock; circles built through the API (see ScaleBenchmark). More than
            // ten organizers are members added to the emulator (--scale-circles 10000 --scale-organizers 2000).
            await Scale.ScaleBenchmark.RunAsync(
                Options.Get(args, "--scale-circles", 200), Options.Get(args, "--scale-changes", 20), Options.Get(args, "--scale-organizers", 10), Options.Get(args, "--scale-parallelism", 4));
            return 0;
        }

        if (args.Contains("--erase-only"))
        {
            // Its own Azurite and hosts: the erasure consumes the demo data the other benchmarks read.
            await EraseBenchmark.RunAsync();
            return 0;
        }

        if (args.Contains("--programme-only"))
        {
            // Issue 23: its own Azurite and local host; the coordinator's programme view with 1 and 12 months of history.
            await Programme.ProgrammeBenchmark.RunAsync(Options.Get(args, "--programme-people", 200));
            return 0;
        }

        if (args.Contains("--agenda-only"))
        {
            // Its own local host with a fake clock: issue 19's figures (meeting updates per attendee per session, Graph requests
            // per publish) without the other sections; --iterations sets the session view's samples.
            await AgendaBenchmark.RunAsync(Options.Parse(args));
            return 0;
        }

        var options = Options.Parse(args);
        var total = Stopwatch.StartNew();
        await using var bench = await BenchHost.StartAsync();
        Report.Header(options, bench);
        if (!args.Contains("--web-only"))
        {
            Report.Foundation(await FoundationBenchmark.RunAsync(bench, options), options);
            Report.Scheduling(await SchedulingBenchmark.RunAsync(bench, options));
            await AgendaBenchmark.RunAsync(options);
            await Dispatch.DispatchBenchmark.RunAsync(Options.Get(args, "--dispatch-members", 2000), inMemory: args.Contains("--dispatch-in-memory"));
            Matching.MatchingBenchmark.Run();
        }

        await WebBenchmark.RunAsync(bench, iterations: Options.Get(args, "--web-iterations", 5));
        Console.WriteLine($"total run time: {total.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }
}
