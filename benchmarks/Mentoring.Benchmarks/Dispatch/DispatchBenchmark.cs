using System.Diagnostics;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Delivery;
using Mentoring.Core.FollowUps;
using Mentoring.Core.People;
using Mentoring.Infrastructure.Storage;
using Mentoring.LocalHost;
using Mentoring.M365Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mentoring.Benchmarks.Dispatch;

/// <summary>
/// Issue 9: follow-up cards per second for N members of one tenant through the queues, the outbox and the Bot Connector
/// client, against the emulator enforcing Teams' limits (50 requests/s per app per tenant): first contacts (install, create
/// the conversation, send), then the same people again (conversations exist), then again under 10% faults.
/// </summary>
public static class DispatchBenchmark
{
    private const double TeamsCeiling = 50;

    /// <summary>Bot:RequestsPerSecond, the client's even pacing per tenant.</summary>
    private const double Pacing = 48;

    /// <param name="inMemory">Azurite in memory instead of on disk (see <see cref="OwnAzurite"/>): reproduces its queue GC stalls.</param>
    public static async Task RunAsync(int members, bool inMemory = false)
    {
        await using var azurite = await OwnAzurite.StartAsync(inMemory);
        await using var host = await LocalHostApp.StartAsync(new LocalHostSettings
        {
            StorageConnectionString = azurite.ConnectionString,
            Url = "http://127.0.0.1:0",
            EmulatorUrl = "http://127.0.0.1:0",
            TablePrefix = "benchdsp" + Guid.NewGuid().ToString("N")[..8],
            QueuePrefix = "benchdsp" + Guid.NewGuid().ToString("N")[..8] + "-",
            SeedDemoTenant = false,
            // One Functions instance as host.json configures it (batchSize 32, newBatchThreshold 16: up to 48 cards at once),
            // with quick queue retries so the faulty run's deferred cards do not wait host.json's 30 s.
            Queues = new QueueRunSettings { RetryDelay = TimeSpan.FromMilliseconds(200), PollInterval = TimeSpan.FromMilliseconds(50), MaxDequeueCount = 1000 },
            ConfigureServices = services =>
            {
                services.AddSingleton<IMemberCards>(new BenchMemberCards());
                services.AddLogging(logging => logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Error));
            },
        });
        var teams = host.Emulator.BotConnector;
        teams.EnforceRateLimits = true;
        var tenant = new TenantId(DemoDirectory.ContosoTenantId);
        var people = teams.AddPeople(tenant.Value, Enumerable.Range(0, members).Select(_ => Guid.NewGuid())).Select(p => new PersonId(p.Id)).ToArray();
        var circle = new CircleId(Guid.NewGuid());

        var first = await RunAsync(host, "first contacts (install, create conversation, send)", tenant, circle, "20990101T1800Z", people);
        var again = await RunAsync(host, "conversations exist", tenant, circle, "20990102T1800Z", people);
        var (joined, opening) = await JoinedAheadAsync(host, tenant, circle, members);
        teams.Faults.Configure(new FaultSettings(FailureRate: 0.05, Statuses: [429, 412, 502, 503, 504], LostResponseRate: 0.05, Seed: 9));
        var faulty = await RunAsync(host, "conversations exist, 10% faults (5% refused, 5% lost responses)", tenant, circle, "20990103T1800Z", people);
        teams.Faults.Reset();

        Console.WriteLine();
        Console.WriteLine($"== Follow-up delivery (issue 9): {members} members of one tenant, emulator enforcing Teams' limits (50 requests/s per app per tenant), client paced at 48/s ==");
        Console.WriteLine($"  one local host as host.json runs queues (batches of 32, next batch at 16 left: up to 48 cards at once), an Azurite of its own {(inMemory ? "in memory" : "on disk")}");
        foreach (var run in new[] { first, again, joined, faulty })
        {
            Console.WriteLine($"  {run.Name}:");
            Console.WriteLine($"    {run.CardsPerSecond,6:0.0} cards/s = {run.CardsPerSecond / TeamsCeiling:0.00} x the 50/s ceiling (goal >= 0.90 with conversations); {run.Delivered}/{run.Cards} in the chats in {run.Elapsed.TotalSeconds:0.0} s");
            Console.WriteLine($"    Teams app: {run.CatalogLookups} catalog id lookup(s) (Graph /appCatalogs/teamsApps, kept per tenant), {run.InstallActivities} install activities posted by Teams to /api/messages");
            Console.WriteLine($"    duplicates {run.Duplicates}, missed {run.Missed} (outbox 'Unknown': {run.Unknown}, never resent)");
            Console.WriteLine($"    per card: {(double)run.ConnectorRequests / run.Cards:0.00} Bot Connector requests, {(double)run.GraphRequests / run.Cards:0.00} Graph requests, {(double)run.StorageRequests / run.Cards:0.00} Table Storage requests");
            Console.WriteLine($"    Bot Connector: {run.ConnectorRate:0.0} requests/s from its first to its last request = {run.ConnectorRate / Pacing:0.00} x the client's pacing; {run.Throttled} answered 429; first request {run.FirstRequest.TotalSeconds:0.00} s after the enqueue, last {run.Tail.TotalSeconds:0.00} s before the queues were empty");
            Console.WriteLine($"    Bot Connector requests/s in each 5 s from the enqueue (a dip mid-run is a stall): {string.Join(" ", run.Timing.PerFiveSeconds)}");
        }

        Console.WriteLine($"  issue 22.5: cards/s of people whose conversation was opened when they joined / cards/s with conversations existing: {joined.CardsPerSecond / again.CardsPerSecond:0.00}");
        Console.WriteLine($"    the openings themselves (queued at joining, before any dispatch): {opening.Elapsed.TotalSeconds:0.0} s for {members} people, "
            + $"{(double)opening.Connector / members:0.00} Bot Connector, {(double)opening.Graph / members:0.00} Graph, {(double)opening.Storage / members:0.00} Table requests per person");
    }

    /// <summary>
    /// Issue 22.5: new people, none of whom had a conversation, join (the join hook every path that adds a member calls, here
    /// without 2,000 circles through the API), their openings drain, then their first follow-up cards go out and are timed.
    /// </summary>
    private static async Task<(DispatchRun Cards, (TimeSpan Elapsed, long Connector, long Graph, long Storage) Opening)> JoinedAheadAsync(
        LocalHostApp host, TenantId tenant, CircleId circle, int members)
    {
        var teams = host.Emulator.BotConnector;
        var storage = host.Services.GetRequiredService<StorageRequestCounter>();
        var people = teams.AddPeople(tenant.Value, Enumerable.Range(0, members).Select(_ => Guid.NewGuid())).Select(p => new PersonId(p.Id)).ToArray();
        var (connectorBefore, graphBefore, storageBefore) = (teams.Log.Entries.Count, host.Emulator.Log.Entries.Count, storage.Count);
        var clock = Stopwatch.StartNew();
        var ahead = host.Services.GetRequiredService<ConversationsAhead>();
        await Task.WhenAll(people.Chunk(5).Select(circleMembers => ahead.JoinedAsync(tenant, circleMembers)));
        await host.DrainQueuesAsync(TimeSpan.FromMinutes(15));
        var opening = (clock.Elapsed, (long)teams.Log.Entries.Count - connectorBefore, (long)host.Emulator.Log.Entries.Count - graphBefore, storage.Count - storageBefore);
        var cards = await RunAsync(host, "first cards of people whose conversation was opened when they joined (issue 22.5)", tenant, circle, "20990104T1800Z", people);
        return (cards, opening);
    }

    private static async Task<DispatchRun> RunAsync(LocalHostApp host, string name, TenantId tenant, CircleId circle, string session, PersonId[] people)
    {
        var teams = host.Emulator.BotConnector;
        var storage = host.Services.GetRequiredService<StorageRequestCounter>();
        var (connectorBefore, graphBefore, storageBefore, postedBefore) = (teams.Log.Entries.Count, host.Emulator.Log.Entries.Count, storage.Count, teams.Posted.Count);
        var cards = people.Select(p => new CardDelivery(tenant, circle, session, p, CardKind.FollowUp)).ToArray();
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        await host.Services.GetRequiredService<IDeliveryQueue>().EnqueueCardsAsync(cards);
        await host.DrainQueuesAsync(TimeSpan.FromMinutes(15));
        clock.Stop();
        var (connector, graph, tableRequests) = (teams.Log.Entries.Count - connectorBefore, host.Emulator.Log.Entries.Count - graphBefore, storage.Count - storageBefore);
        var requests = teams.Log.Entries.Skip(connectorBefore).ToArray();
        var lookups = host.Emulator.Log.Entries.Skip(graphBefore).Count(e => e.PathAndQuery.Contains("/appCatalogs/teamsApps", StringComparison.Ordinal));
        var window = requests.Select(r => (int)((r.Time - started).TotalSeconds / 5)).ToArray();
        var perFiveSeconds = Enumerable.Range(0, window.Max() + 1).Select(w => window.Count(x => x == w) / 5).ToArray();
        var timing = new ConnectorTiming(requests.Length, requests.Count(r => r.Status == 429), requests[0].Time - started, requests[^1].Time - requests[0].Time, started + clock.Elapsed - requests[^1].Time, perFiveSeconds);

        var summary = "Suivi " + session;
        var inChat = people.Select(p => teams.ConversationsOf(p.Value).SelectMany(teams.ActivitiesOf).Count(a => (string?)a["summary"] == summary)).ToArray();
        var outbox = host.Services.GetRequiredService<IOutbox>();
        var unknown = 0;
        foreach (var chunk in cards.Chunk(50))
        {
            // Concurrently: 2,000 reads one after the other take minutes on a loaded Azurite (they are not timed).
            unknown += (await Task.WhenAll(chunk.Select(c => outbox.FindAsync(c)))).Count(r => r?.State == OutboxState.Unknown);
        }

        return new DispatchRun(name, cards.Length, clock.Elapsed, inChat.Count(n => n > 0), inChat.Count(n => n > 1), inChat.Count(n => n == 0), unknown,
            connector, graph, tableRequests, timing, lookups, teams.Posted.Count - postedBefore);
    }
}
