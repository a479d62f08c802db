using Mentoring.Infrastructure.Storage;
using Mentoring.M365Emulator;

namespace Mentoring.Benchmarks;

/// <summary>What the scheduling benchmark measured.</summary>
public sealed record SchedulingResult(
    IReadOnlyList<RequestLogEntry> OneSeries,
    IReadOnlyList<StorageRequest> OneSeriesStorage,
    string TablePrefix,
    int Circles,
    int Parallelism,
    TimeSpan ProductWall,
    Stats ProductPerRequest,
    IReadOnlyList<RequestLogEntry> ProductGraph,
    long ProductStorage,
    TimeSpan ReplayWall,
    IReadOnlyList<RequestLogEntry> ReplayGraph,
    TimerRun Timer)
{
    public double ProductGraphMs => ProductGraph.Sum(e => e.DurationMs);

    public double ReplayGraphMs => ReplayGraph.Sum(e => e.DurationMs);

    /// <summary>The one series' Table Storage requests by kind, in the order each kind was first sent.</summary>
    public IEnumerable<(string Shape, int Count, string Purpose)> StorageBreakdown(IEnumerable<StorageRequest> requests) =>
        requests.GroupBy(r => StorageShape.Of(r, TablePrefix)).Select(g => (g.Key, g.Count(), StorageShape.PurposeOf(g.Key)));

    public static IEnumerable<(string Shape, int Count, string Statuses)> Breakdown(IEnumerable<RequestLogEntry> entries) =>
        entries.GroupBy(e => PathShape.Of(e.Method, e.PathAndQuery))
            .Select(g => (g.Key, g.Count(), string.Join(" ", g.GroupBy(e => e.Status).OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Count()}"))))
            .OrderBy(r => r.Key, StringComparer.Ordinal);
}
