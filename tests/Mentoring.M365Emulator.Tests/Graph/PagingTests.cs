using System.Text.Json;

namespace Mentoring.M365Emulator.Tests.Graph;

/// <summary>Outlook pages collections 10 at a time unless $top asks for more; only the nextLink leads to the rest.</summary>
public sealed class PagingTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const string Window = "startDateTime=2026-01-01T00:00:00Z&endDateTime=2027-01-01T00:00:00Z";

    private readonly GraphClient _graph = new(fixture.Http);

    [Fact]
    public async Task Instances_come_10_a_page_and_the_nextLinks_give_each_of_the_20_once()
    {
        var id = await CreateSeriesAsync();

        var first = await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/events/{id}/instances?{Window}");
        var pages = await AllPagesAsync(first);

        Assert.Equal(10, first.GetProperty("value").GetArrayLength());
        Assert.Equal([10, 10], pages.Select(p => p.Length));
        Assert.Equal(20, pages.SelectMany(p => p).Distinct().Count());
    }

    [Fact]
    public async Task A_top_beyond_the_maximum_is_served_as_the_maximum()
    {
        var id = await CreateSeriesAsync();

        var page = await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/events/{id}/instances?{Window}&$top=5000");
        var small = await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/events/{id}/instances?{Window}&$top=15");

        Assert.Equal(20, page.GetProperty("value").GetArrayLength());
        Assert.False(page.TryGetProperty("@odata.nextLink", out _));
        Assert.Equal(15, small.GetProperty("value").GetArrayLength());
        Assert.Contains("$top=15", small.GetProperty("@odata.nextLink").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_events_list_is_paged_too()
    {
        for (var i = 0; i < 11; i++)
            await CreateSeriesAsync();

        var first = await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/events");
        var pages = await AllPagesAsync(first);

        Assert.Equal(10, pages[0].Length);
        Assert.True(pages.Sum(p => p.Length) >= 11);
        Assert.Equal(pages.Sum(p => p.Length), pages.SelectMany(p => p).Distinct().Count());
    }

    private async Task<string> CreateSeriesAsync() =>
        (await _graph.JsonAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/events", Seeds.BiweeklyParis(Seeds.Hugo.UserPrincipalName))).GetProperty("id").GetString()!;

    private async Task<List<string[]>> AllPagesAsync(JsonElement page)
    {
        var pages = new List<string[]>();
        while (true)
        {
            pages.Add([.. page.GetProperty("value").EnumerateArray().Select(e => e.GetProperty("id").GetString()!)]);
            if (!page.TryGetProperty("@odata.nextLink", out var next))
                return pages;
            var relative = new Uri(next.GetString()!).PathAndQuery["/v1.0/".Length..];
            page = await _graph.JsonAsync(HttpMethod.Get, relative);
        }
    }
}
