using System.Diagnostics;
using Azure.Data.Tables;
using Mentoring.Core.Matching;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;
using Mentoring.Core.Profiles;
using Mentoring.Infrastructure;
using Mentoring.Infrastructure.Matching;
using Mentoring.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Benchmarks.Matching;

/// <summary>
/// Mentor suggestions among 10,000 then 100,000 profiles of one tenant (issue 22 item 4): Table requests and rows read per
/// call, for the index the product reads and for the whole-tenant read it replaced, against a bare point read.
/// </summary>
/// <remarks>The same 1,000 mentors in both sizes (about half with a free place), the rest mentees visible as peers: what a
/// suggestion reads should not change from one size to the other. Its own Azurite on disk (<see cref="Dispatch.OwnAzurite"/>).</remarks>
internal static class MentorIndexBenchmark
{
    private const int Mentors = 1_000;
    private const int Calls = 15;

    public static async Task RunAsync()
    {
        await using var azurite = await Dispatch.OwnAzurite.StartAsync(inMemory: false);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{StorageOptions.Section}:{nameof(StorageOptions.ConnectionString)}"] = azurite.ConnectionString,
            [$"{StorageOptions.Section}:{nameof(StorageOptions.TablePrefix)}"] = "benchidx",
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddMentoringInfrastructure(configuration).BuildServiceProvider();
        var tables = services.GetRequiredService<Tables>();
        await tables.CreateIfMissingAsync();
        var counter = services.GetRequiredService<StorageRequestCounter>();
        var profiles = services.GetRequiredService<IProfileStore>();
        var find = new FindMentors(profiles, services.GetRequiredService<IPersonPause>(), new FakeTimeProvider(BenchProfiles.At));

        var written = Stopwatch.StartNew();
        await WriteAsync(tables.Matching, BenchProfiles.Mentors(Mentors, seed: 7));
        var mentees = BenchProfiles.Cohort(99_000, seed: 11);
        await WriteAsync(tables.Matching, mentees[..9_000]);
        Console.WriteLine($"mentor suggestions (issue 22.4): {Mentors:N0} mentors written with their index rows, then mentees ({written.Elapsed.TotalSeconds:0} s for the first 10,000)");
        Console.WriteLine("| profiles | read | Table requests per call | rows read per call | median ms | × point read (requests, rows, ms) |");
        Console.WriteLine("| ---: | --- | ---: | ---: | ---: | --- |");
        await MeasureAsync(10_000, find, profiles, counter, mentees);
        await WriteAsync(tables.Matching, mentees[9_000..]);
        await MeasureAsync(100_000, find, profiles, counter, mentees);
    }

    private static async Task MeasureAsync(int size, FindMentors find, IProfileStore profiles, StorageRequestCounter counter, Profile[] mentees)
    {
        var callers = mentees.Take(Calls).Select(p => new Caller(p.Tenant, p.Person, p.DisplayName)).ToArray();
        var point = await TimeAsync(counter, callers, c => profiles.FindAsync(c.Tenant, c.Id));
        var index = await TimeAsync(counter, callers, c => find.SuggestAsync(c));
        var whole = await TimeAsync(counter, callers.Take(3).ToArray(), c => profiles.ListVisibleAsync(c.Tenant));
        foreach (var (name, m) in new[] { ("bare point read", point), ("suggestions (index)", index), ("whole tenant (before)", whole) })
        {
            Console.WriteLine($"| {size:N0} | {name} | {m.Requests:0.#} | {m.Rows:N0} | {m.Median:0.0} | {m.Requests / point.Requests:0.#}, {m.Rows / point.Rows:N0}, {m.Median / point.Median:0.0} |");
        }
    }

    private static async Task<(double Requests, double Rows, double Median)> TimeAsync<T>(StorageRequestCounter counter, Caller[] callers, Func<Caller, Task<T>> call)
    {
        var (requests, rows, times) = (0, 0, new List<double>());
        foreach (var caller in callers)
        {
            counter.StartRecording();
            var clock = Stopwatch.StartNew();
            await call(caller);
            times.Add(clock.Elapsed.TotalMilliseconds);
            var seen = counter.StopRecording();
            (requests, rows) = (requests + seen.Count, rows + seen.Sum(r => r.Rows));
        }

        times.Sort();
        return ((double)requests / callers.Length, (double)rows / callers.Length, times[times.Count / 2]);
    }

    /// <summary>Rows as the store writes them (a profile and, for an available mentor, its index row), 100 per transaction.</summary>
    private static async Task WriteAsync(TableClient table, IEnumerable<Profile> profiles)
    {
        var actions = profiles.SelectMany(p => MentorIndex.Holds(p)
            ? new[] { new TableTransactionAction(TableTransactionActionType.UpsertReplace, MatchingRows.ToEntity(p)), MentorIndex.StepWith(p) }
            : [new TableTransactionAction(TableTransactionActionType.UpsertReplace, MatchingRows.ToEntity(p))]);
        await Parallel.ForEachAsync(actions.Chunk(100), new ParallelOptions { MaxDegreeOfParallelism = 4 },
            async (batch, ct) => await table.SubmitTransactionAsync(batch, ct));
    }
}
