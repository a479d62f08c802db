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
/// <c>circles</c> scheduled peer groups through the API, organized by the ten demo organizers or by <c>organizers</c> members added
/// to the emulator (<c>--scale-circles 10000 --scale-organizers 2000</c>), then on a fake clock: a quiet hour (4 scheduling timer
/// runs and the renewal timer), sessions moved in Outlook one at a time (seconds until the product's session row shows the move,
/// and the requests each move costs), and one renewal round. Below 10,000 circles the report also computes the figures at 10,000
/// from these measured costs and the product's own pacing rule.
/// </summary>
public static class ScaleBenchmark
{
    private static readonly string[] Organizers =
        ["camille.martin", "hugo.bernard", "lea.dubois", "nicolas.thomas", "emilie.tremblay", "priya.nair", "chloe.robert", "julien.petit", "manon.lefevre", "ines.moreau"];

    public static async Task RunAsync(int circles, int changes, int organizers, int parallelism)
    {
        var loadBefore = LoadAverage();
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
        var users = Users(host, organizers);

        var build = Stopwatch.StartNew();
        var series = await BuildAsync(bench, users, circles, clock, parallelism);
        await SettleAsync(host);
        build.Stop();

        // One run first: whatever the creations left to do (the "unfinished" list) is not the quiet hour's.
        clock.Advance(TimeSpan.FromMinutes(15));
        await host.RunTimerAsync("SchedulingTimer");
        await SettleAsync(host);

        // The steady state: the reconciliation has finished a pass over every circle, so its page is sized from the list (a first
        // pass sizes it from nothing, the 50-circle minimum, as on a deployment that has just started; see the report).
        var cursors = host.Services.GetRequiredService<IReconciliationCursors>();
        var cursor = await cursors.ReadAsync();
        await cursors.SaveAsync(cursor with { LastPassCount = circles });

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
        ScaleReport.Print(
            new ScaleResult(circles, users.Length, build.Elapsed, quiet, moves, renewal, pacing.PageSize(circles), pacing.PageSize(10_000), pacing.RunsPerPass)
            {
                Subscriptions = host.Emulator.Notifications.Ids.Count,
                Load = (loadBefore, LoadAverage()),
            },
            prefix);
    }

    /// <summary>
    /// The ten demo organizers with a mailbox, or, for more, that many members added to the emulator's Contoso directory at run
    /// time (each with a mailbox, under the application access policy, subscribed to when they first organize a series).
    /// </summary>
    private static DemoUser[] Users(LocalHostApp host, int organizers) =>
        organizers <= Organizers.Length
            ? [.. Organizers.Take(organizers).Select(BenchHost.User)]
            : [.. Enumerable.Range(1, organizers).Select(k => host.Emulator.Directory.AddMember(
                DemoDirectory.ContosoTenantId, Guid.Parse($"c2000000-0000-4000-8000-{k:D12}"), $"Organisatrice {k:D4}", $"organisatrice.{k:D4}"))];

    /// <summary>
    /// Peer groups of three (organizer k, k + 1, k + 3 in turn), each created, accepted by its two invitees and scheduled through
    /// the API as people do it: 4 API calls and the product's own Graph and Table requests per circle, at <paramref name="parallelism"/>.
    /// </summary>
    private static async Task<List<Series>> BuildAsync(BenchHost bench, DemoUser[] users, int circles, FakeTimeProvider clock, int parallelism)
    {
        using var api = new HttpClient { BaseAddress = new Uri(bench.Host.BaseUri, "api/"), Timeout = TimeSpan.FromMinutes(5) };
        var tokens = new System.Collections.Concurrent.ConcurrentDictionary<Guid, string>();
        await Parallel.ForEachAsync(users, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (user, _) =>
        {
            using var client = await bench.ApiClientAsync(user);
            tokens[user.Id] = client.DefaultRequestHeaders.Authorization!.Parameter!;
        });

        async Task<JsonObject?> SendAsync(DemoUser user, string path, JsonObject? body, CancellationToken ct)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", tokens[user.Id]);
            request.Headers.AcceptLanguage.ParseAdd("fr-FR");
            using var response = await api.SendAsync(request, ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
            }

            return response.Content.Headers.ContentLength == 0 ? null : await response.Content.ReadFromJsonAsync<JsonObject>(ct);
        }

        var firstDate = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var built = new Series[circles];
        var done = 0;
        var started = Stopwatch.StartNew();
        await Parallel.ForAsync(0, circles, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (i, ct) =>
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
            var id = (await SendAsync(peers[0], "circles", body, ct))!["id"]!.GetValue<string>();
            foreach (var invitee in peers.Skip(1))
            {
                await SendAsync(invitee, $"circles/{id}/invitation/accept", null, ct);
            }

            var scheduled = await SendAsync(peers[0], $"circles/{id}/series", null, ct);
            built[i] = new Series(id, scheduled!["seriesMasterId"]!.GetValue<string>(), peers[0]);
            if (Interlocked.Increment(ref done) % 500 == 0)
            {
                Console.WriteLine($"  built {done} circles in {started.Elapsed.TotalSeconds:0} s (load average {LoadAverage()})");
            }
        });

        return [.. built];
    }

    /// <summary>The 1, 5 and 15-minute load averages, as <c>uptime</c> prints them.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

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
    int Circles, int Organizers, TimeSpan Build, Window QuietHour, IReadOnlyList<ChangeCost> Changes, Window Renewal, int Page, int PageAt10000, int RunsPerPass)
{
    /// <summary>Subscriptions the emulator holds at the end (one per mailbox followed).</summary>
    public int Subscriptions { get; init; }

    /// <summary>The load averages (1, 5, 15 min) at the start and at the end of the run.</summary>
    public (string Before, string After) Load { get; init; }
}
