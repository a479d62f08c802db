using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.M365Emulator;

namespace Mentoring.Benchmarks;

/// <summary>The same Graph work as scheduling a series (create the recurring event, look up its meeting chat, read its instances) sent straight to the emulator.</summary>
public static class GraphReplay
{
    /// <summary>Wall time of <paramref name="count"/> create+lookup+instances triples at <paramref name="parallelism"/>, and the Graph requests it sent.</summary>
    public static async Task<(TimeSpan Wall, IReadOnlyList<RequestLogEntry> Requests)> RunAsync(
        BenchHost bench, DemoUser organizer, DemoUser[] attendees, string instancesQuery, int count, int parallelism)
    {
        using var graph = await bench.GraphClientAsync(organizer.TenantId);
        await PairAsync(graph, organizer, attendees, instancesQuery); // warm-up: connection, JIT, token validation keys
        bench.Host.Emulator.Log.Clear();
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (_, _) =>
            await PairAsync(graph, organizer, attendees, instancesQuery));
        var wall = Stopwatch.GetElapsedTime(started);
        return (wall, bench.Host.Emulator.Log.Entries);
    }

    private static async Task PairAsync(HttpClient graph, DemoUser organizer, DemoUser[] attendees, string instancesQuery)
    {
        using var created = await graph.PostAsJsonAsync($"users/{organizer.Id}/events", Series(attendees));
        created.EnsureSuccessStatusCode();
        var createdEvent = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = createdEvent["id"]!.GetValue<string>();
        var joinUrl = createdEvent["onlineMeeting"]!["joinUrl"]!.GetValue<string>();
        var filter = Uri.EscapeDataString($"JoinWebUrl eq '{joinUrl}'");
        using var meeting = await graph.GetAsync($"users/{organizer.Id}/onlineMeetings?$filter={filter}");
        _ = await meeting.Content.ReadAsByteArrayAsync();
        meeting.EnsureSuccessStatusCode();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"users/{organizer.Id}/events/{Uri.EscapeDataString(id)}/instances{instancesQuery}");
        request.Headers.Add("Prefer", "outlook.timezone=\"UTC\"");
        using var instances = await graph.SendAsync(request);
        _ = await instances.Content.ReadAsByteArrayAsync();
        instances.EnsureSuccessStatusCode();
    }

    /// <summary>A body like the gateway's: a Teams meeting every two weeks, six sessions, 18:00 Paris, the members invited.</summary>
    private static JsonObject Series(DemoUser[] attendees)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var first = today.AddDays(((int)DayOfWeek.Thursday - (int)today.DayOfWeek + 7) % 7 + 7);
        var date = first.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["subject"] = "Replay " + Guid.NewGuid().ToString("N")[..6],
            ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = "<p>mentoring-agenda</p>" },
            ["start"] = new JsonObject { ["dateTime"] = $"{date}T18:00:00.0000000", ["timeZone"] = "Europe/Paris" },
            ["end"] = new JsonObject { ["dateTime"] = $"{date}T19:00:00.0000000", ["timeZone"] = "Europe/Paris" },
            ["isOnlineMeeting"] = true,
            ["onlineMeetingProvider"] = "teamsForBusiness",
            ["allowNewTimeProposals"] = true,
            ["transactionId"] = Guid.NewGuid().ToString(),
            ["attendees"] = new JsonArray([.. attendees.Select(a => (JsonNode)new JsonObject
            {
                ["type"] = "required",
                ["emailAddress"] = new JsonObject { ["address"] = a.UserPrincipalName, ["name"] = a.DisplayName },
            })]),
            ["recurrence"] = new JsonObject
            {
                ["pattern"] = new JsonObject { ["type"] = "weekly", ["interval"] = 2, ["daysOfWeek"] = new JsonArray("thursday"), ["firstDayOfWeek"] = "sunday" },
                ["range"] = new JsonObject { ["type"] = "numbered", ["startDate"] = date, ["numberOfOccurrences"] = 6, ["recurrenceTimeZone"] = "Europe/Paris" },
            },
        };
    }
}
