using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Mentoring.Api.Tests.Goals;

/// <summary>Goals through the API, as the tab sends them.</summary>
internal static class GoalApi
{
    public static readonly string[] Levels =
    [
        "Aucun entretien informatif",
        "Un entretien informatif",
        "Trois entretiens informatifs",
        "Quatre ou cinq entretiens informatifs",
        "Six entretiens et une piste d'emploi",
    ];

    public static JsonObject Draft(string title, string sharing = "private", int? weight = null, string[]? levels = null) => new()
    {
        ["kind"] = "step",
        ["title"] = title,
        ["levels"] = new JsonArray([.. (levels ?? Levels).Select(l => JsonValue.Create(l))]),
        ["weight"] = weight,
        ["baseline"] = -1,
        ["sharing"] = sharing,
    };

    /// <summary>A peer group (no series) whose first date follows the fixture's clock, wherever other tests moved it.</summary>
    public static async Task<string> CircleAsync(Agendas.AgendaHostFixture fixture, HttpClient creator, params Mentoring.M365Emulator.DemoUser[] peers)
    {
        var body = Circles.PeerGroup(peers);
        body["cadence"]!["firstDate"] = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime).AddDays(7).ToString("yyyy-MM-dd");
        return (await Circles.CreateAsync(creator, body))["id"]!.GetValue<string>();
    }

    public static async Task<JsonObject> AddAsync(HttpClient client, string circle, JsonObject draft)
    {
        var response = await client.PostAsJsonAsync($"circles/{circle}/goals", draft);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static async Task<JsonObject> ViewAsync(HttpClient client, string circle) =>
        (await client.GetFromJsonAsync<JsonObject>($"circles/{circle}/goals"))!;

    public static string[] Titles(JsonObject view) => [.. view["goals"]!.AsArray().Select(g => g!["goal"]!["title"]!.GetValue<string>())];

    public static Task<HttpResponseMessage> PlaceAsync(HttpClient client, string circle, string goalId, int level) =>
        client.PutAsJsonAsync($"circles/{circle}/placements", new { placements = new[] { new { goalId, level } } });
}
