using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Infrastructure.Storage;
using Mentoring.LocalHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Benchmarks;

/// <summary>
/// Issue "agendas": Table Storage round trips and latency of the side panel's session view against a bare point read; Graph
/// requests per agenda edit over a week of preparation (fake clock, timer runs); 50 concurrent edits: lost updates and wall time.
/// </summary>
public static class AgendaBenchmark
{
    public static async Task RunAsync(Options options)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(DateTimeOffset.UtcNow.Date, TimeSpan.Zero).AddHours(8));
        await using var host = await LocalHostApp.StartAsync(new LocalHostSettings
        {
            Url = "http://127.0.0.1:0",
            EmulatorUrl = "http://127.0.0.1:0",
            TablePrefix = "benchagd" + Guid.NewGuid().ToString("N")[..8],
            DemoHistory = false, // the figures are compared with runs made before the demo had a past
            ConfigureServices = services =>
            {
                services.AddSingleton<TimeProvider>(clock);
                services.AddLogging(logging => logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Warning));
            },
        });
        var bench = new BenchHost(host, "", "");
        var members = new[] { "lea.dubois", "nicolas.thomas", "chloe.robert", "camille.martin", "manon.lefevre" }.Select(BenchHost.User).ToArray();
        var clients = await Task.WhenAll(members.Select(bench.ApiClientAsync));
        var (circle, sessions) = await ScheduleAsync(bench, clients[0], members, clock);
        var session = sessions[0]!["id"]!.GetValue<string>();

        await MonthOfEditsAsync(host, bench, members, circle, sessions, clock);
        await SessionViewAsync(host, clients[1], members[1], circle, session, options);
        await ConcurrentEditsAsync(clients, circle, session, members, clock);
        foreach (var c in clients)
        {
            c.Dispose();
        }
    }

    private static async Task<(string Circle, JsonArray Sessions)> ScheduleAsync(BenchHost bench, HttpClient organizer, Mentoring.M365Emulator.DemoUser[] peers, FakeTimeProvider clock)
    {
        var body = new JsonObject
        {
            ["kind"] = "peerGroup",
            ["name"] = "Bench agenda",
            ["objective"] = "Mesurer.",
            ["members"] = new JsonArray([.. peers.Select(p => (JsonNode)new JsonObject { ["personId"] = p.Id.ToString() })]),
            ["cadence"] = new JsonObject { ["firstDate"] = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(8).ToString("yyyy-MM-dd"), ["startTime"] = "18:00", ["timeZone"] = "Europe/Paris" },
        };
        var id = await bench.CreateCircleAsync(organizer, body);
        var series = (await (await organizer.PostAsync($"circles/{id}/series", null)).Content.ReadFromJsonAsync<JsonObject>())!;
        return (id, series["sessions"]!.AsArray());
    }

    /// <summary>A month of edits, one every 8 hours by each member in turn to the next session; the timer runs whenever a mark falls due.</summary>
    private static async Task MonthOfEditsAsync(LocalHostApp host, BenchHost bench, Mentoring.M365Emulator.DemoUser[] members, string circle, JsonArray sessions, FakeTimeProvider clock)
    {
        host.Emulator.Log.Clear();
        host.Emulator.MeetingMail.Clear();
        var queue = host.Services.GetRequiredService<IAgendaPublishQueue>();
        var end = clock.GetUtcNow().AddDays(30);
        var edits = 0;
        for (var e = 0; clock.GetUtcNow() < end; e++)
        {
            var next = sessions.FirstOrDefault(s => s!["start"]!.GetValue<DateTimeOffset>() > clock.GetUtcNow().AddHours(2));
            if (next is not null)
            {
                // A fresh token for each edit: the API checks lifetimes on the fake clock, which moves days ahead.
                using var member = await bench.ApiClientAsync(members[e % members.Length]);
                (await member.PostAsJsonAsync($"circles/{circle}/sessions/{next["id"]}/agenda/items", new { kind = "topic", text = $"Point {e}" })).EnsureSuccessStatusCode();
                edits++;
            }

            var nextEdit = clock.GetUtcNow().AddHours(8);
            for (var runs = 0; runs < 10; runs++)
            {
                var due = (await queue.DueAsync(nextEdit)).Where(d => d.Circle.Value.ToString() == circle).Select(d => d.Due).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
                if (due > nextEdit)
                {
                    break;
                }

                clock.SetUtcNow(due > clock.GetUtcNow() ? due : clock.GetUtcNow());
                await host.RunTimerAsync("AgendaPublishTimer");
            }

            clock.SetUtcNow(nextEdit);
        }

        var graph = host.Emulator.Log.Entries.Where(r => r.PathAndQuery.Contains("/events/", StringComparison.Ordinal)).ToList();
        var publishes = graph.Count(r => r.Method == "PATCH");
        var perSession = members.Skip(1)
            .SelectMany(m => host.Emulator.MeetingMail.For(m.Id).Where(x => x.IsUpdate).GroupBy(x => (m.Id, x.OriginalStartUtc)).Select(g => g.Count()))
            .ToList();
        Console.WriteLine("## D) agendas");
        Console.WriteLine($"A month of agenda edits: {edits} edits by {members.Length} members (one every 8 h, fake clock), timer whenever a mark falls due");
        Console.WriteLine($"Meeting updates per attendee per session (emulator's meeting mailboxes, {perSession.Count} attendee×session pairs): "
            + $"max {(perSession.Count == 0 ? 0 : perSession.Max())}, mean {(perSession.Count == 0 ? 0 : perSession.Average()):0.00} (goal ≤ 2)");
        Console.WriteLine($"Graph requests on events: {graph.Count} ({string.Join(", ", graph.GroupBy(r => r.Method).Select(g => $"{g.Key} {g.Count()}"))}) for {publishes} publishes"
            + $" → {(publishes == 0 ? 0 : graph.Count / (double)publishes):0.00} per agenda publish (goal ≤ 3)");

        // Each publish ends with its PATCH (the timer publishes one session at a time): the requests of each, in order.
        var shapes = new List<string>();
        var current = new List<string>();
        foreach (var request in graph)
        {
            current.Add(request.Method);
            if (request.Method == "PATCH")
            {
                shapes.Add(string.Join(" ", current));
                current.Clear();
            }
        }

        Console.WriteLine($"Per publish: {string.Join(", ", shapes.GroupBy(x => x).Select(g => $"{g.Key} ×{g.Count()}"))}"
            + $"; max {(shapes.Count == 0 ? 0 : shapes.Max(x => x.Split(' ').Length))} requests (goal ≤ 3 on every publish)"
            + (current.Count > 0 ? $"; {current.Count} requests after the last PATCH" : ""));
    }

    private static async Task SessionViewAsync(LocalHostApp host, HttpClient api, Mentoring.M365Emulator.DemoUser reader, string circle, string session, Options options)
    {
        var counter = host.Services.GetRequiredService<StorageRequestCounter>();
        var tables = host.Services.GetRequiredService<Tables>();
        var store = host.Services.GetRequiredService<ICircleBoardStore>();
        var tenant = new TenantId(reader.TenantId);
        var id = new CircleId(Guid.Parse(circle));
        var partition = $"{tenant}_{id}";
        var scenarios = new[]
        {
            new Scenario("bare point read (circle row)", async () => _ = await tables.Circles.GetEntityIfExistsAsync<TableEntity>(partition, "circle")),
            new Scenario("board ReadAsync (circle + sessions + items + commitments)", async () => _ = await store.ReadAsync(tenant, id, new PersonId(reader.Id))),
            new Scenario("HTTP GET …/sessions/{sessionId}/agenda", async () =>
            {
                using var response = await api.GetAsync($"circles/{circle}/sessions/{session}/agenda");
                response.EnsureSuccessStatusCode();
                _ = await response.Content.ReadAsByteArrayAsync();
            }),
        };
        var iterations = Math.Min(options.Iterations, 200);
        for (var i = 0; i < 20 + iterations; i++)
        {
            foreach (var s in scenarios)
            {
                await s.RunOnceAsync(() => counter.Count, record: i >= 20);
            }
        }

        var baseline = scenarios[0].Latency;
        Console.WriteLine($"| {"operation",-60} | {"storage requests/call",-21} | {"median ms",9} | {"median ×",8} |");
        foreach (var s in scenarios)
        {
            Console.WriteLine($"| {s.Name,-60} | {s.StorageRequests,-21} | {s.Latency.Median,9:0.00} | {s.Latency.Median / baseline.Median,8:0.00} |");
        }
    }

    private static async Task ConcurrentEditsAsync(HttpClient[] clients, string circle, string session, Mentoring.M365Emulator.DemoUser[] members, FakeTimeProvider clock)
    {
        // One new item per member; the organizer (Léa) ticks them while each member rewrites theirs 9 times in a row.
        _ = members;
        _ = clock;
        var items = await Task.WhenAll(clients.Select(async (c, i) =>
        {
            var r = await c.PostAsJsonAsync($"circles/{circle}/sessions/{session}/agenda/items", new { kind = "topic", text = $"Sujet {i}" });
            r.EnsureSuccessStatusCode();
            return (await r.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        }));
        string Url(int i) => $"circles/{circle}/sessions/{session}/agenda/items/{items[i]}";
        var single = Stopwatch.StartNew();
        (await clients[0].PatchAsync(Url(0), JsonContent.Create(new { text = "Sujet 0 v0" }))).EnsureSuccessStatusCode();
        var one = single.Elapsed.TotalMilliseconds;

        var wall = Stopwatch.StartNew();
        var writers = clients.Select(async (c, i) =>
        {
            for (var n = 1; n <= 9; n++)
            {
                (await c.PatchAsync(Url(i), JsonContent.Create(new { text = $"Sujet {i} v{n}" }))).EnsureSuccessStatusCode();
            }
        }).Concat(Enumerable.Range(0, 5).Select(async i => (await clients[0].PatchAsync(Url(i), JsonContent.Create(new { discussed = true }))).EnsureSuccessStatusCode()));
        await Task.WhenAll(writers);
        var elapsed = wall.Elapsed.TotalMilliseconds;

        var agenda = (await clients[1].GetFromJsonAsync<JsonObject>($"circles/{circle}/sessions/{session}/agenda"))!;
        var byId = agenda["items"]!.AsArray().ToDictionary(i => i!["id"]!.GetValue<string>());
        var lost = Enumerable.Range(0, 5).Sum(i => (byId[items[i]]!["text"]!.GetValue<string>() == $"Sujet {i} v9" ? 0 : 1) + (byId[items[i]]!["discussed"]!.GetValue<bool>() ? 0 : 1));
        Console.WriteLine($"50 concurrent edits by 5 members (45 rewrites + 5 ticks on the same 5 rows): lost updates {lost}; wall {elapsed:0} ms = {elapsed / one:0.0} × one edit alone ({one:0.0} ms)");
        Console.WriteLine();
    }
}
