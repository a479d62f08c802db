using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Mentoring.Api.Tests.Agendas;

/// <summary>Requests of the agenda API used by several test classes.</summary>
internal static class AgendaApi
{
    public static Task<HttpResponseMessage> AddItemAsync(HttpClient client, string circle, string session, string kind, string text, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"circles/{circle}/sessions/{session}/agenda/items") { Content = JsonContent.Create(new { kind, text }) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return client.SendAsync(request);
    }

    public static async Task<JsonObject> AddedItemAsync(HttpClient client, string circle, string session, string kind, string text)
    {
        var response = await AddItemAsync(client, circle, session, kind, text);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static async Task<JsonObject> AgendaAsync(HttpClient client, string circle, string session) =>
        (await client.GetFromJsonAsync<JsonObject>($"circles/{circle}/sessions/{session}/agenda"))!;

    public static Task<HttpResponseMessage> PatchAsync(HttpClient client, string url, object body) =>
        client.PatchAsync(url, JsonContent.Create(body));

    public static string Id(JsonNode? node) => node!["id"]!.GetValue<string>();

    public static string[] Texts(JsonObject agenda, string list = "items") => [.. agenda[list]!.AsArray().Select(i => i!["text"]!.GetValue<string>())];
}
