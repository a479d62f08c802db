using System.Net;
using System.Text.Json;

namespace Mentoring.M365Emulator.Tests.Graph.Subscriptions;

/// <summary>GET /users/{id}/calendarView/delta: the instances of a window page by page, then only what changed, deletions as @removed.</summary>
public sealed class CalendarDeltaTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const string Window = "startDateTime=2026-03-01T00:00:00Z&endDateTime=2026-06-01T00:00:00Z";
    private readonly GraphClient _graph = new(fixture.Http);

    [Fact]
    public async Task A_first_round_pages_through_the_instances_then_only_a_changed_series_and_a_deleted_one_come_back()
    {
        var mailbox = Seeds.Emilie.Id;
        var kept = (await _graph.JsonAsync(HttpMethod.Post, $"users/{mailbox}/events", Seeds.BiweeklyParis(Seeds.Hugo.UserPrincipalName))).GetProperty("id").GetString()!;
        var dropped = (await _graph.JsonAsync(HttpMethod.Post, $"users/{mailbox}/events", Seeds.BiweeklyParis(Seeds.Camille.UserPrincipalName))).GetProperty("id").GetString()!;
        var (first, link) = await RoundAsync($"users/{mailbox}/calendarView/delta?{Window}");
        Assert.Empty((await RoundAsync(link)).Entries);

        await _graph.JsonAsync(HttpMethod.Patch, $"users/{mailbox}/events/{kept}", """{"subject":"Mentorat (renommé)"}""");
        using var deleted = await _graph.SendAsync(HttpMethod.Delete, $"users/{mailbox}/events/{dropped}");
        var (changes, _) = await RoundAsync(link);

        // 7 occurrences of each series fall between 5 March and 1 June: more than one page of 10.
        Assert.Equal(14, first.Count);
        Assert.All(first, e => Assert.Equal("occurrence", e.GetProperty("type").GetString()));
        var renamed = changes.Where(e => !e.TryGetProperty("@removed", out _)).ToList();
        Assert.Equal(7, renamed.Count);
        Assert.All(renamed, e => Assert.Equal(kept, e.GetProperty("seriesMasterId").GetString()));
        var removed = changes.Where(e => e.TryGetProperty("@removed", out _)).Select(e => e.GetProperty("id").GetString()!).ToList();
        Assert.Contains(dropped, removed);
        Assert.Equal(8, removed.Count);
    }

    [Fact]
    public async Task A_first_request_without_its_window_or_a_token_of_another_mailbox_is_refused()
    {
        var (_, link) = await RoundAsync($"users/{Seeds.Camille.Id}/calendarView/delta?{Window}");
        using var noWindow = await _graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/calendarView/delta");
        using var foreign = await _graph.SendAsync(HttpMethod.Get, link.Replace(Seeds.Camille.Id.ToString(), Seeds.Hugo.Id.ToString(), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, noWindow.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
    }

    private async Task<(List<JsonElement> Entries, string DeltaLink)> RoundAsync(string start)
    {
        var entries = new List<JsonElement>();
        var next = start;
        while (true)
        {
            var page = await _graph.JsonAsync(HttpMethod.Get, next);
            entries.AddRange(page.GetProperty("value").EnumerateArray());
            if (page.TryGetProperty("@odata.deltaLink", out var delta))
                return (entries, Relative(delta.GetString()!));
            next = Relative(page.GetProperty("@odata.nextLink").GetString()!);
        }
    }

    private string Relative(string link) => link[(fixture.Emulator.BaseUri + "v1.0/").Length..];
}
