using System.Diagnostics;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Infrastructure.Storage;
using Mentoring.LocalHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mentoring.Benchmarks.Programme;

/// <summary>
/// Issue 23's benchmark: the coordinator's programme view (<c>GET /api/cohorts/{id}/programme</c>) for a cohort of 200 people,
/// with one month of history, then twelve: the Table requests of one view, printed with their purpose, must be the same
/// (the rows they return grow; the requests do not), and the view's time is printed for both.
/// </summary>
/// <remarks>An Azurite and a local host of their own, without the demo seed; Manon (the demo's coordinator) reads it.</remarks>
public static class ProgrammeBenchmark
{
    private static readonly Dictionary<string, string> Purposes = new(StringComparer.Ordinal)
    {
        ["GET Matching(point)"] = "the cohort: who coordinates it, who accepted",
        ["GET Matching(query)"] = "the cohort's groups (one key range of the tenant's matching partition)",
        ["GET Circles(point)"] = "a formed circle's row: status, members",
        ["GET Goals(query)"] = "a circle's goals and placements (its one partition)",
        ["GET Relationship(query)"] = "a circle's pulses and end answers (its one partition)",
    };

    public static async Task RunAsync(int people)
    {
        await using var azurite = await Dispatch.OwnAzurite.StartAsync(inMemory: false);
        var prefix = "benchprg" + Guid.NewGuid().ToString("N")[..8];
        await using var host = await LocalHostApp.StartAsync(new LocalHostSettings
        {
            StorageConnectionString = azurite.ConnectionString,
            Url = "http://127.0.0.1:0",
            EmulatorUrl = "http://127.0.0.1:0",
            TablePrefix = prefix,
            QueuePrefix = prefix + "-",
            SeedDemoTenant = false,
            ConfigureServices = services => services.AddLogging(logging => logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Error)),
        });
        var bench = new BenchHost(host, prefix, "own Azurite");
        var manon = BenchHost.User("manon.lefevre");
        var tenant = new TenantId(M365Emulator.DemoDirectory.ContosoTenantId);
        var history = new ProgrammeHistory(host.Services, tenant, new PersonId(manon.Id), new DateTimeOffset(2031, 1, 5, 9, 0, 0, TimeSpan.Zero));
        using var client = await bench.ApiClientAsync(manon);

        Console.WriteLine($"## Programme view of a cohort of {people} people (issue 23)");
        var written = Stopwatch.StartNew();
        await history.CreateAsync(people);
        await history.AddMonthsAsync(1);
        Console.WriteLine($"{people} people in {history.Circles} formed groups of 4, 3 goals each (written in {written.Elapsed.TotalSeconds:0} s)");
        var oneMonth = await MeasureAsync(host, client, history, prefix, tenant);
        written.Restart();
        await history.AddMonthsAsync(11);
        Console.WriteLine($"11 more months of placements and pulses written in {written.Elapsed.TotalSeconds:0} s");
        var twelveMonths = await MeasureAsync(host, client, history, prefix, tenant);
        Console.WriteLine(oneMonth == twelveMonths
            ? $"Table requests per view: {oneMonth} with 1 month and with 12 months of history (independent of the history's length)"
            : $"Table requests per view CHANGED with the history: {oneMonth} with 1 month, {twelveMonths} with 12");
    }

    private static async Task<int> MeasureAsync(LocalHostApp host, HttpClient client, ProgrammeHistory history, string prefix, TenantId tenant)
    {
        var route = $"cohorts/{history.Id}/programme";
        var times = new List<double>();
        for (var i = 0; i < 11; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await client.GetAsync(route);
            response.EnsureSuccessStatusCode();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        var counter = host.Services.GetRequiredService<StorageRequestCounter>();
        counter.StartRecording();
        var body = await client.GetStringAsync(route);
        var requests = counter.StopRecording().Where(r => r.Names(tenant.ToString())).ToArray();
        times.Sort();
        Console.WriteLine();
        Console.WriteLine($"### {history.Months} month(s) of history: GET /api/{route[..8]}…/programme median {times[times.Count / 2]:0} ms (of {times.Count} after a first), " +
            $"{requests.Length} Table requests, {requests.Sum(r => r.Rows)} rows read");
        foreach (var group in requests.GroupBy(r => Shape(r, prefix)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"    {group.Count(),4}  {group.Key,-26} {Purposes.GetValueOrDefault(group.Key, "(unexpected)")}   ({group.Sum(r => r.Rows)} rows)");
        }

        Console.WriteLine($"  answer: {body}");
        return requests.Length;
    }

    private static string Shape(StorageRequest r, string prefix)
    {
        var path = r.Path.TrimStart('/');
        var cut = path.IndexOf('(', StringComparison.Ordinal);
        var table = (cut < 0 ? path : path[..cut]).Split('/')[^1].Replace(prefix, "", StringComparison.Ordinal);
        var point = cut >= 0 && path[cut..].Contains("PartitionKey", StringComparison.Ordinal);
        return $"{r.Method} {table}({(point ? "point" : "query")})";
    }
}
