using System.Text.Json;

namespace Mentoring.M365Emulator.Tests.Graph;

/// <summary>What Exchange does to what it is given: HTML bodies rewritten, occurrences placed with its own (Windows) zone rules.</summary>
public sealed class ExchangeRewriteTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly GraphClient _graph = new(fixture.Http);

    [Fact]
    public async Task An_html_body_comes_back_as_a_document_without_comments_or_data_attributes_and_with_ids_prefixed_and_a_rewrite_is_stable()
    {
        var body = """<!-- agenda --><div data-agenda='1' id='mentoring-agenda'></div><p class=note>Ordre du jour</p>""";
        var created = await _graph.JsonAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/events",
            Seeds.BiweeklyParis(Seeds.Hugo.UserPrincipalName).Replace("<p>Ordre du jour</p>", body.Replace("\"", "\\\"", StringComparison.Ordinal), StringComparison.Ordinal));
        var stored = created.GetProperty("body").GetProperty("content").GetString()!;

        Assert.StartsWith("<html>\r\n<head>\r\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">", stored);
        Assert.DoesNotContain("<!--", stored);
        Assert.DoesNotContain("data-", stored);
        Assert.Contains("<div id=\"x_mentoring-agenda\"></div><p class=\"note\">Ordre du jour</p>", stored);

        var id = created.GetProperty("id").GetString();
        var resent = JsonSerializer.Serialize(new { body = new { contentType = "html", content = stored } });
        var again = await _graph.JsonAsync(HttpMethod.Patch, $"users/{Seeds.Camille.Id}/events/{id}", resent);
        Assert.Equal(stored, again.GetProperty("body").GetProperty("content").GetString());
    }

    [Fact]
    public async Task A_zone_whose_windows_rules_differ_places_its_occurrences_with_them_and_tzdb_elsewhere()
    {
        var id = (await _graph.JsonAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/events", Seeds.BiweeklyParis(Seeds.Hugo.UserPrincipalName))).GetProperty("id").GetString();
        var window = $"users/{Seeds.Camille.Id}/events/{id}/instances?startDateTime=2026-03-01T00:00:00Z&endDateTime=2026-05-01T00:00:00Z";
        Assert.Contains((await _graph.JsonAsync(HttpMethod.Get, window)).GetProperty("value").EnumerateArray(),
            i => i.GetProperty("start").GetProperty("dateTime").GetString() == "2026-03-19T17:00:00.0000000");

        // Windows data that keeps Paris on winter time until 10 April 2026 (tzdb: 29 March).
        fixture.Emulator.ZoneRules.Override("Romance Standard Time", new DateTime(2026, 3, 29, 1, 0, 0), new DateTime(2026, 4, 10), TimeSpan.FromHours(1));
        try
        {
            var starts = (await _graph.JsonAsync(HttpMethod.Get, window)).GetProperty("value").EnumerateArray()
                .Select(i => i.GetProperty("start").GetProperty("dateTime").GetString()).ToList();
            Assert.Contains("2026-03-19T17:00:00.0000000", starts);     // before the window: as tzdb
            Assert.Contains("2026-04-02T17:00:00.0000000", starts);     // in it: 18:00 at +01:00, an hour later than tzdb's 16:00Z
            Assert.Contains("2026-04-16T16:00:00.0000000", starts);     // after it: as tzdb again
            var zoned = await _graph.JsonAsync(HttpMethod.Get, window, preferZone: "Romance Standard Time");
            Assert.All(zoned.GetProperty("value").EnumerateArray(), i => Assert.EndsWith("T18:00:00.0000000", i.GetProperty("start").GetProperty("dateTime").GetString()));
        }
        finally
        {
            fixture.Emulator.ZoneRules.Clear();
        }
    }
}
