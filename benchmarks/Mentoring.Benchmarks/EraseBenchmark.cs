using System.Diagnostics;

namespace Mentoring.Benchmarks;

/// <summary>
/// How long an erasure takes within its request on the demo tenant: Camille (the mentorship's mentee, the peer group's
/// organizer) erases her data: her group's series is cancelled, the mentorship closes, every store is erased and scanned.
/// Printed as ratios to a cheap authenticated request (<c>GET /api/me/privacy</c>) and to her export, measured in the same run.
/// </summary>
public static class EraseBenchmark
{
    public static async Task RunAsync(BenchHost bench)
    {
        using var camille = await bench.ApiClientAsync(BenchHost.User("camille.martin"));
        var status = await MedianAsync(10, () => camille.GetAsync("me/privacy"));
        var export = await MedianAsync(3, () => camille.GetAsync("me/export"));
        var clock = Stopwatch.StartNew();
        using var erased = await camille.PostAsync("me/erase", null);
        var erase = clock.Elapsed.TotalMilliseconds;
        erased.EnsureSuccessStatusCode();

        Console.WriteLine("## Erasure within the request (demo tenant, Camille: 2 circles, one series she organizes)");
        Console.WriteLine($"GET /api/me/privacy (baseline)  {status,8:0.0} ms");
        Console.WriteLine($"GET /api/me/export              {export,8:0.0} ms   {export / status,6:0.0} x baseline");
        Console.WriteLine($"POST /api/me/erase              {erase,8:0.0} ms   {erase / status,6:0.0} x baseline   {erase / export,5:0.0} x export");
    }

    private static async Task<double> MedianAsync(int runs, Func<Task<HttpResponseMessage>> call)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await call();
            times.Add(clock.Elapsed.TotalMilliseconds);
            response.EnsureSuccessStatusCode();
        }

        times.Sort();
        return times[times.Count / 2];
    }
}
