using System.Diagnostics;
using Mentoring.Benchmarks.Dispatch;
using Mentoring.Core.Common;
using Mentoring.Core.Nudges;
using Mentoring.Core.People;
using Mentoring.LocalHost;
using Mentoring.M365Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mentoring.Benchmarks.Nudges;

/// <summary>
/// Issue 24.4: activity-feed nudges per second for N members of one tenant (peer groups of 4, each group's nudge the same text:
/// one bulk request each), through the product's ledger, dispatch and Graph sender, against the emulator enforcing Graph's
/// documented limits (5 requests/s per app per tenant to a user, 2/s in bulk, up to 100 recipients).
/// </summary>
/// <remarks>
/// The ceiling is what those limits allow for the requests this workload needs: g bulk requests of 4 at 2/s take at least g / 2
/// seconds, so at most 8 notifications a second. Eight groups run at once, as queue messages do (the session queue's batch).
/// </remarks>
public static class NudgeBenchmark
{
    private const int GroupSize = 4;

    public static async Task RunAsync(int members)
    {
        await using var azurite = await OwnAzurite.StartAsync(inMemory: false);
        await using var host = await LocalHostApp.StartAsync(new LocalHostSettings
        {
            StorageConnectionString = azurite.ConnectionString,
            Url = "http://127.0.0.1:0",
            EmulatorUrl = "http://127.0.0.1:0",
            TablePrefix = "benchnudge" + Guid.NewGuid().ToString("N")[..8],
            QueuePrefix = "benchnudge" + Guid.NewGuid().ToString("N")[..8] + "-",
            SeedDemoTenant = false,
            ConfigureServices = services => services.AddLogging(logging => logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Error)),
        });
        var teams = host.Emulator.BotConnector;
        var tenant = new TenantId(DemoDirectory.ContosoTenantId);
        var people = teams.AddPeople(tenant.Value, Enumerable.Range(0, members).Select(_ => Guid.NewGuid())).Select(p => new PersonId(p.Id)).ToArray();
        foreach (var person in people)
            teams.Install(person.Value);
        var ledger = host.Services.GetRequiredService<INudgeLedger>();
        var dispatch = host.Services.GetRequiredService<NudgeDispatch>();
        var day = new DateOnly(2099, 1, 1);
        var groups = people.Chunk(GroupSize).Select((group, i) => group.Select(p => (Person: p, Message: new NudgeMessage(
            NudgeActivityTypes.PrepareSession, $"Groupe {i}", $"session:{i}:20990103T1700Z", NudgeTexts.PreparePreview(false),
            new Dictionary<string, string> { ["day"] = "jeudi" }))).ToArray()).ToArray();

        var logged = host.Emulator.Log.Entries.Count;
        var clock = Stopwatch.StartNew();
        var sent = 0;
        await Parallel.ForEachAsync(groups, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (group, ct) =>
        {
            var claims = new List<(NudgeClaim, NudgeMessage)>();
            foreach (var (person, message) in group)
            {
                if (await ledger.ClaimAsync(tenant, day, person, message.SubEntityId, DateTimeOffset.UtcNow, ct) is { } claim)
                    claims.Add((claim, message));
            }

            var run = await dispatch.SendAsync(tenant, day, claims, ct);
            Interlocked.Add(ref sent, run.Sent);
        });
        clock.Stop();

        var requests = host.Emulator.Log.Entries.Skip(logged).Where(e => e.PathAndQuery.Contains("sendActivityNotification", StringComparison.Ordinal)).ToArray();
        var accepted = requests.Count(r => r.Status is 202 or 204);
        var inFeeds = people.Count(p => teams.ActivityFeed.For(p.Value).Count == 1);
        var twice = people.Count(p => teams.ActivityFeed.For(p.Value).Count > 1);
        var ceiling = (double)members / Math.Max(groups.Length / 2.0, 0.001);
        var perSecond = inFeeds / clock.Elapsed.TotalSeconds;
        Console.WriteLine();
        Console.WriteLine($"== Activity-feed nudges (issue 24.4): {members} members of one tenant in {groups.Length} peer groups of {GroupSize}, one bulk request per group ==");
        Console.WriteLine($"  emulator enforcing Graph's limits (sendActivityNotificationToRecipients 2/s per app per tenant, sendActivityNotification 5/s); product paced at {Mentoring.Infrastructure.Graph.GraphNudgeSender.BulkPerSecond}/s bulk, {Mentoring.Infrastructure.Graph.GraphNudgeSender.SinglePerSecond}/s single");
        Console.WriteLine($"  {perSecond,6:0.00} notifications/s = {perSecond / ceiling:0.00} x the documented ceiling for this workload ({ceiling:0.0}/s: {groups.Length} bulk requests at 2/s) (goal >= 0.90)");
        Console.WriteLine($"  {inFeeds}/{members} in their feed in {clock.Elapsed.TotalSeconds:0.0} s; twice {twice}; dispatch counted {sent} sent");
        Console.WriteLine($"  Graph requests: {requests.Length} ({accepted} accepted, {requests.Count(r => r.Status == 429)} answered 429), {(double)requests.Length / groups.Length:0.00} per group");
    }
}
