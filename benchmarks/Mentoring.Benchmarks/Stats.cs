namespace Mentoring.Benchmarks;

/// <summary>Median and 95th percentile (nearest rank) of a set of samples in milliseconds.</summary>
public sealed record Stats(int Count, double Median, double P95)
{
    public static Stats Of(IReadOnlyCollection<double> samples)
    {
        var sorted = samples.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new Stats(0, double.NaN, double.NaN);
        }

        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        var p95 = sorted[Math.Max(0, (int)Math.Ceiling(0.95 * sorted.Length) - 1)];
        return new Stats(sorted.Length, median, p95);
    }
}
