using System.Diagnostics;
using Azure.Data.Tables;
using Mentoring.Infrastructure.Storage;
using Mentoring.LocalHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mentoring.Benchmarks;

/// <summary>
/// A person's export and queued erasure on the demo tenant (Camille: the mentorship's mentee, the peer group's organizer), as
/// ratios to a plain authenticated read (<c>GET /api/me/privacy</c>), twice: with the storage account holding only the demo,
/// then with 100,000 rows of other tenants in the tables an export or an erasure reads, then with 2,000 other circles of her own
/// tenant (issue 18 item 9: the person's rows only, through their own index). The ratio must not grow with them:
/// the Table requests of each are printed with their purpose, and their count must be the same in both runs.
/// </summary>
/// <remarks>An Azurite of its own (as the dispatch benchmark), so the shared one's other sessions are not measured.</remarks>
public static class EraseBenchmark
{
    private const int OtherTenantRows = 100_000;

    /// <summary>Other people's circles in Camille's tenant: 2,000 × 10 rows, 2,000 cards, 2,000 bot contacts (past Azurite's 1,000-row page).</summary>
    private const int SameTenantCircles = 2_000;

    public static async Task RunAsync()
    {
        await using var azurite = await Dispatch.OwnAzurite.StartAsync(inMemory: false);
        Console.WriteLine("## Export and queued erasure of one person (Camille: 2 circles, one series she organizes)");
        await RunOnceAsync(azurite.ConnectionString, otherRows: 0, sameTenantCircles: 0);
        await RunOnceAsync(azurite.ConnectionString, otherRows: OtherTenantRows, sameTenantCircles: 0);
        await RunOnceAsync(azurite.ConnectionString, otherRows: 0, sameTenantCircles: SameTenantCircles);
    }

    private static async Task RunOnceAsync(string storage, int otherRows, int sameTenantCircles)
    {
        var prefix = "benchera" + Guid.NewGuid().ToString("N")[..8];
        await using var host = await LocalHostApp.StartAsync(new LocalHostSettings
        {
            StorageConnectionString = storage,
            Url = "http://127.0.0.1:0",
            EmulatorUrl = "http://127.0.0.1:0",
            TablePrefix = prefix,
            QueuePrefix = prefix + "-",
            DemoHistory = false, // the figures are compared with runs made before the demo had a past
            Queues = new QueueRunSettings { RetryDelay = TimeSpan.FromMilliseconds(200), PollInterval = TimeSpan.FromMilliseconds(50) },
            ConfigureServices = services => services.AddLogging(logging => logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Error)),
        });
        var filled = Stopwatch.StartNew();
        await OtherTenants.FillAsync(new TableServiceClient(storage), prefix, otherRows);
        await OtherTenants.FillSameTenantAsync(new TableServiceClient(storage), prefix, M365Emulator.DemoDirectory.ContosoTenantId, sameTenantCircles);
        var bench = new BenchHost(host, prefix, "own Azurite");
        using var camille = await bench.ApiClientAsync(BenchHost.User("camille.martin"));
        var counter = host.Services.GetRequiredService<StorageRequestCounter>();

        var status = await MedianAsync(10, () => camille.GetAsync("me/privacy"));
        var export = await MedianAsync(3, () => camille.GetAsync("me/export"));
        counter.StartRecording();
        (await camille.GetAsync("me/export")).EnsureSuccessStatusCode();
        var exportRequests = counter.StopRecording();

        counter.StartRecording();
        var clock = Stopwatch.StartNew();
        using var erased = await camille.PostAsync("me/erase", null);
        erased.EnsureSuccessStatusCode();
        await host.DrainQueuesAsync(TimeSpan.FromMinutes(10));
        var erase = clock.Elapsed.TotalMilliseconds;
        var eraseRequests = counter.StopRecording();

        Console.WriteLine();
        Console.WriteLine(
            $"### {otherRows:N0} rows of other tenants, {sameTenantCircles:N0} other circles of her tenant (written in {filled.Elapsed.TotalSeconds:0} s)");
        Console.WriteLine($"GET /api/me/privacy (baseline)        {status,9:0.0} ms");
        Console.WriteLine($"GET /api/me/export                    {export,9:0.0} ms   {export / status,7:0.0} x baseline   {exportRequests.Count,4} Table requests");
        Console.WriteLine($"POST /api/me/erase until done (queue) {erase,9:0.0} ms   {erase / status,7:0.0} x baseline   {eraseRequests.Count,4} Table requests");
        Print("export", exportRequests, prefix);
        Print("erasure", eraseRequests, prefix);
    }

    /// <summary>The requests by table and purpose (point read, query, write, delete), so a whole-table scan would show.</summary>
    private static void Print(string what, IReadOnlyList<StorageRequest> requests, string prefix)
    {
        Console.WriteLine($"  Table requests per {what}:");
        foreach (var group in requests.GroupBy(r => Purpose(r, prefix)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"    {group.Count(),4}  {group.Key}");
        }
    }

    private static string Purpose(StorageRequest r, string prefix)
    {
        var path = r.Path.TrimStart('/');
        var cut = path.IndexOf('(', StringComparison.Ordinal);
        var table = (cut < 0 ? path : path[..cut]).Replace(prefix, "", StringComparison.Ordinal);
        var keyed = cut >= 0 && path[cut..].Contains("PartitionKey", StringComparison.Ordinal);
        var filter = Uri.UnescapeDataString(r.Query);
        var purpose = r.Method switch
        {
            "GET" when keyed => "point read",
            "GET" when filter.Contains("PartitionKey eq", StringComparison.Ordinal) => "query of one partition",
            "GET" when filter.Contains("PartitionKey ge", StringComparison.Ordinal) => "query of a range of partitions (a circle's, or the tenant's)",
            "GET" => "query WITHOUT a partition (whole table)",
            "DELETE" => "delete",
            "POST" when table.StartsWith("$batch", StringComparison.Ordinal) => "transaction",
            "POST" => "insert",
            _ => r.IfMatch ? "conditional write" : "write",
        };
        return $"{table,-18} {purpose}";
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
