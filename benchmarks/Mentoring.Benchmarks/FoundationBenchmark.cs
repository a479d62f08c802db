using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Infrastructure.Storage;
using Mentoring.M365Emulator;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Benchmarks;

/// <summary>Issue "foundation": storage round trips and latency of "get a circle" and "list my circles", against a bare Azurite point read.</summary>
public static class FoundationBenchmark
{
    public static async Task<IReadOnlyList<Scenario>> RunAsync(BenchHost bench, Options options)
    {
        var services = bench.Host.Services;
        var counter = services.GetRequiredService<StorageRequestCounter>();
        var tables = services.GetRequiredService<Tables>();
        var store = services.GetRequiredService<ICircleStore>();
        var camille = BenchHost.User("camille.martin");
        var tenant = new TenantId(camille.TenantId);
        var person = new PersonId(camille.Id);
        using var api = await bench.ApiClientAsync(camille);

        // The seeded demo tenant gives Camille two circles; the known row is the first one's circle entity.
        var mine = (await api.GetFromJsonAsync<JsonArray>("circles"))!;
        var id = mine[0]!["id"]!.GetValue<string>();
        var circle = new CircleId(Guid.Parse(id));
        var partition = $"{tenant}_{circle}"; // Keys.CirclePartition (internal to Infrastructure)

        var scenarios = new[]
        {
            new Scenario("bare point read (TableClient.GetEntityIfExistsAsync)", async () =>
            {
                var found = await tables.Circles.GetEntityIfExistsAsync<TableEntity>(partition, "circle");
                Require(found.HasValue, "the known circle row is missing");
            }),
            new Scenario("store FindAsync", async () => Require(await store.FindAsync(tenant, circle) is not null, "FindAsync found nothing")),
            new Scenario("store ListForMemberAsync", async () => Require((await store.ListForMemberAsync(tenant, person)).Count == mine.Count, "ListForMemberAsync count differs")),
            new Scenario($"HTTP GET /api/circles/{{id}}", () => GetAsync(api, $"circles/{id}")),
            new Scenario($"HTTP GET /api/circles ({mine.Count} circles)", () => GetAsync(api, "circles")),
        };

        // Interleaved round robin, so drift (JIT tiering, GC, Azurite) touches every scenario alike.
        for (var i = 0; i < options.Warmup + options.Iterations; i++)
        {
            foreach (var scenario in scenarios)
            {
                await scenario.RunOnceAsync(() => counter.Count, record: i >= options.Warmup);
            }
        }

        return scenarios;
    }

    private static async Task GetAsync(HttpClient api, string path)
    {
        using var response = await api.GetAsync(path);
        _ = await response.Content.ReadAsByteArrayAsync();
        response.EnsureSuccessStatusCode();
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
