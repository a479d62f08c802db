using System.Diagnostics;

namespace Mentoring.Benchmarks;

/// <summary>One measured operation: its latencies and the Table Storage requests each call sent.</summary>
public sealed class Scenario(string name, Func<Task> run)
{
    private readonly List<double> milliseconds = [];
    private readonly List<long> storageRequests = [];

    public string Name { get; } = name;

    public Stats Latency => Stats.Of(milliseconds);

    /// <summary>Distinct per-call storage request counts and how many calls sent each, e.g. "1 ×300".</summary>
    public string StorageRequests => string.Join(", ", storageRequests.GroupBy(c => c).OrderBy(g => g.Key).Select(g => $"{g.Key} ×{g.Count()}"));

    public async Task RunOnceAsync(Func<long> storageCount, bool record)
    {
        var before = storageCount();
        var started = Stopwatch.GetTimestamp();
        await run();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var sent = storageCount() - before;
        if (record)
        {
            milliseconds.Add(elapsed);
            storageRequests.Add(sent);
        }
    }
}
