using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Mentoring.Api.Tests.Scheduling.Timer;

/// <summary>Scheduled peer groups of Léa, Nicolas and Chloé, and reads of their series, for the timer tests.</summary>
internal static class Scheduled
{
    public static async Task<(string Id, string Master)> PeerGroupAsync(HttpClient lea)
    {
        var id = (await Circles.CreateAsync(lea, Circles.PeerGroup(Users.Lea, Users.Nicolas, Users.Chloe)))["id"]!.GetValue<string>();
        var response = await lea.PostAsync($"circles/{id}/series", null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (id, (await response.Content.ReadFromJsonAsync<JsonObject>())!["seriesMasterId"]!.GetValue<string>());
    }

    public static async Task<JsonObject> SeriesAsync(HttpClient member, string id) =>
        (await member.GetFromJsonAsync<JsonObject>($"circles/{id}/sessions"))!;

    public static async Task<string> StateAsync(HttpClient member, string id) =>
        (await SeriesAsync(member, id))["state"]!.GetValue<string>();
}
