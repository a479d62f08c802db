using Mentoring.M365Emulator;

namespace Mentoring.Benchmarks;

/// <summary>What the scheduling benchmark measured.</summary>
public sealed record SchedulingResult(
    IReadOnlyList<RequestLogEntry> OneSeries,
    long OneSeriesStorage,
    int Circles,
    int Parallelism,
    TimeSpan ProductWall,
    Stats ProductPerRequest,
    IReadOnlyList<RequestLogEntry> ProductGraph,
    long ProductStorage,
    TimeSpan ReplayWall,
    IReadOnlyList<RequestLogEntry> ReplayGraph)
{
    public double ProductGraphMs => ProductGraph.Sum(e => e.DurationMs);

    public double ReplayGraphMs => ReplayGraph.Sum(e => e.DurationMs);

    public static IEnumerable<(string Shape, int Count, string Statuses)> Breakdown(IEnumerable<RequestLogEntry> entries) =>
        entries.GroupBy(e => PathShape.Of(e.Method, e.PathAndQuery))
            .Select(g => (g.Key, g.Count(), string.Join(" ", g.GroupBy(e => e.Status).OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Count()}"))))
            .OrderBy(r => r.Key, StringComparer.Ordinal);
}
