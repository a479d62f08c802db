using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Benchmarks.Dispatch;
using Mentoring.Core.Scheduling.Notifications;
using Mentoring.Infrastructure.Storage;
using Mentoring.LocalHost;
using Mentoring.M365Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Benchmarks.Scale;

/// <summary>
/// Issue 22.6: what keeping scheduled circles in step with Outlook costs once change notifications do the work. Builds
/// <c>circles</c> scheduled peer groups through the API (the emulator's directory has ten Contoso organizers with a mailbox, not
/// 2,000), then on a fake clock: a quiet hour (4 scheduling timer runs and the renewal timer), sessions moved in Outlook one at a
/// time (seconds until the product's session row shows the move, and the requests each move costs), and one renewal round.
/// The figures at 10,000 circles and 2,000 organizers are computed from these measured costs and the product's own pacing rule.
/// </summary>
public static class ScaleBenchmark
{
    private static readonly string[] Organizers =
        ["camille.martin", "hugo.bernard", "lea.dubois", "nicolas.thomas", "emilie.tremblay", "priya.nair", "chloe.robert", "julien.petit", "manon.lefevre", "ines.moreau"];

    public static async Task RunAsync(int circles, int changes)
    {
        await using var azurite = await OwnAzurite.StartAsync(inMemory: false);
        var clock = new FakeTimeProvider(new DateTimeOffset(2031, 3, 3, 8, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };
        var prefix = "benchscl" + Guid.NewGuid().ToString("N")[..8];
        await using var host = await LocalHostApp.StartAsync(new LocalHostSettings
        {
            StorageConnectionString = azurite.ConnectionString,
            Url = "http://127.0.0.1:0",
            EmulatorUrl = "http://127.0.0.1:0",
            TablePrefix = prefix,
            QueuePrefix = prefix + "-",
            SeedDemoTenant = false,
            Time = clock,
            OpenConversationsAhead = false,
            Queues = new QueueRunSettings { RetryDelay = TimeSpan.FromMilliseconds(100), PollInterval = TimeSpan.FromMilliseconds(50), Invisibility = TimeSpan.FromSeconds(5) },
            ConfigureServices = services => services.AddLogging(logging => logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Error)),
        });
        var bench = new BenchHost(host, prefix, azurite.ConnectionString);
        var storage = host.Services.GetRequiredService<StorageRequestCounter>();
        var users = Organizers.Select(BenchHost.User).ToArray();

        var build = Stopwatch.StartNew();
        var series = await BuildAsync(bench, users, circles, clock);
        await SettleAsync(host);
        build.Stop();

        // One run first: whatever the creations left to do (the "unfinished" list) is not the quiet hour's.
        clock.Advance(TimeSpan.FromMinutes(15));
        await host.RunTimerAsync("SchedulingTimer");
        await SettleAsync(host);

        var graphMark = host.Emulator.Log.Entries.Count;
        storage.StartRecording();
        for (var run = 0; run < 4; run++)
        {
            clock.Advance(TimeSpan.FromMinutes(15));
            await host.RunTimerAsync("SchedulingTimer");
        }

        await host.RunTimerAsync("SubscriptionRenewalTimer");
        await SettleAsync(host);
        var quiet = new Window(host.Emulator.Log.Entries.Skip(graphMark).ToArray(), storage.StopRecording());

        var moves = new List<ChangeCost>();
        for (var i = 0; i < changes; i++)
        {
            moves.Add(await MoveAsync(bench, storage, clock, series[i * series.Count / changes]));
        }

        clock.Advance(TimeSpan.FromDays(5) + TimeSpan.FromHours(1));
        graphMark = host.Emulator.Log.Entries.Count;
        storage.StartRecording();
        await host.RunTimerAsync("SubscriptionRenewalTimer");
        var renewal = new Window(host.Emulator.Log.Entries.Skip(graphMark).ToArray(), storage.StopRecording());

        var pacing = host.Services.GetRequiredService<ReconciliationPacing>();
        ScaleReport.Print(new ScaleResult(circles, users.Length, build.Elapsed, quiet, moves, renewal, pacing.PageSize(circles), pacing.PageSize(10_000), pacing.RunsPerPass), prefix);
    }

    /// <summary>Peer groups of three, each organized by one of the ten organizers in turn, scheduled through the API.</summary>
    private static async Task<List<Series>> BuildAsync(BenchHost bench, DemoUser[] users, int circles, FakeTimeProvider clock)
    {
        var clients = new Dictionary<Guid, HttpClient>();
        foreach (var user in users)
        {
            clients[user.Id] = await bench.ApiClientAsync(user);
        }

        var firstDate = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var built = new Series[circles];
        await Parallel.ForAsync(0, circles, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
        {
            DemoUser[] peers = [users[i % users.Length], users[(i + 1) % users.Length], users[(i + 3) % users.Length]];
            var body = new JsonObject
            {
                ["kind"] = "peerGroup",
                ["name"] = $"Groupe {i:D5}",
                ["objective"] = "Avancer ensemble.",
                ["members"] = new JsonArray([.. peers.Select(p => (JsonNode)new JsonObject { ["personId"] = p.Id.ToString() })]),
                ["cadence"] = new JsonObject { ["firstDate"] = firstDate, ["startTime"] = $"{8 + i % 10:D2}:00", ["timeZone"] = "Europe/Paris" },
            };
            var created = await clients[peers[0].Id].PostAsJsonAsync("circles", body, ct);
            created.EnsureSuccessStatusCode();
            var id = (await created.Content.ReadFromJsonAsync<JsonObject>(ct))!["id"]!.GetValue<string>();
            foreach (var invitee in peers.Skip(1))
            {
                (await clients[invitee.Id].PostAsync($"circles/{id}/invitation/accept", null, ct)).EnsureSuccessStatusCode();
            }

            var scheduled = await clients[peers[0].Id].PostAsync($"circles/{id}/series", null, ct);
            scheduled.EnsureSuccessStatusCode();
            built[i] = new Series(id, (await scheduled.Content.ReadFromJsonAsync<JsonObject>(ct))!["seriesMasterId"]!.GetValue<string>(), peers[0]);
        });
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        return [.. built];
    }

    /// <summary>
    /// Moves the series' second occurrence two days later as its organizer in Outlook (Graph, app-only, as the tests' probe does),
    /// then waits for the state where the emulator has posted its notifications and the product's queues are empty, and reads the
    /// session row. Only the product's requests are counted: the move itself and the reads around the window are not.
    /// </summary>
    private static async Task<ChangeCost> MoveAsync(BenchHost bench, StorageRequestCounter storage, FakeTimeProvider clock, Series series)
    {
        var host = bench.Host;
        using var graph = await bench.GraphClientAsync(series.Organizer.TenantId);
        using var api = await bench.ApiClientAsync(series.Organizer);
        var instances = (await graph.GetFromJsonAsync<JsonObject>(
            $"users/{series.Organizer.Id}/events/{series.Master}/instances?startDateTime=2031-01-01T00:00:00Z&endDateTime=2032-01-01T00:00:00Z"))!["value"]!.AsArray();
        var second = instances[1]!.AsObject();
        var start = DateTimeOffset.Parse(second["start"]!["dateTime"]!.GetValue<string>() + "Z", System.Globalization.CultureInfo.InvariantCulture).AddDays(2);
        var body = new
        {
            start = new { dateTime = start.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), timeZone = "UTC" },
            end = new { dateTime = start.AddHours(1).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), timeZone = "UTC" },
        };

        // A sync covers every notification received up to its start: the move comes after the last one.
        clock.Advance(TimeSpan.FromMinutes(1));
        var graphMark = host.Emulator.Log.Entries.Count;
        storage.StartRecording();
        var elapsed = Stopwatch.StartNew();
        (await graph.PatchAsJsonAsync($"users/{series.Organizer.Id}/events/{second["id"]!.GetValue<string>()}", body)).EnsureSuccessStatusCode();
        await SettleAsync(host);
        elapsed.Stop();
        var window = new Window([.. host.Emulator.Log.Entries.Skip(graphMark + 1)], storage.StopRecording());

        var sessions = (await api.GetFromJsonAsync<JsonObject>($"circles/{series.Circle}/sessions"))!["sessions"]!.AsArray();
        var shown = sessions.Any(s => s!["start"]!.GetValue<DateTimeOffset>() == start);
        return new ChangeCost(elapsed.Elapsed, shown, window);
    }

    /// <summary>The emulator posted every notification and the product's queues are empty (a state, not a time).</summary>
    private static async Task SettleAsync(LocalHostApp host)
    {
        await host.Emulator.Notifications.WhenIdleAsync();
        await host.DrainQueuesAsync(TimeSpan.FromMinutes(10));
        await host.Emulator.Notifications.WhenIdleAsync();
        await host.DrainQueuesAsync(TimeSpan.FromMinutes(10));
    }
}

internal sealed record Series(string Circle, string Master, DemoUser Organizer);

/// <summary>What the product asked of Graph and Table Storage during a window.</summary>
internal sealed record Window(IReadOnlyList<RequestLogEntry> Graph, IReadOnlyList<StorageRequest> Storage);

internal sealed record ChangeCost(TimeSpan Delay, bool Shown, Window Requests);

internal sealed record ScaleResult(
    int Circles, int Organizers, TimeSpan Build, Window QuietHour, IReadOnlyList<ChangeCost> Changes, Window Renewal, int Page, int PageAt10000, int RunsPerPass);
