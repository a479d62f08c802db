using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mentoring.M365Emulator.BotFramework;

namespace Mentoring.M365Emulator.Tests.BotConnector;

/// <summary>A bot calling the emulated Bot Connector over REST, as the product's own client does: a client-credentials token, then JSON.</summary>
internal sealed class ConnectorClient(M365Emulator emulator, HttpClient http, string botAppId = DemoBot.AppId)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";

    private string? _token;

    public static JsonObject Message(string text) => new() { ["type"] = "message", ["text"] = text };

    public static JsonObject CardMessage(string title) => new()
    {
        ["type"] = "message",
        ["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = CardType,
            ["content"] = new JsonObject
            {
                ["type"] = "AdaptiveCard",
                ["version"] = "1.5",
                ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = title }),
            },
        }),
    };

    public static async Task<string> BotTokenAsync(HttpClient http, Guid tenantId, string botAppId = DemoBot.AppId)
    {
        using var response = await http.PostAsync($"{tenantId}/oauth2/v2.0/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = botAppId,
            ["client_secret"] = "demo",
            ["scope"] = "https://api.botframework.com/.default",
        }));
        response.EnsureSuccessStatusCode();
        return await TokenClient.AccessTokenAsync(response);
    }

    public Task<HttpResponseMessage> CreateAsync(Guid userId, Guid tenantId) => SendAsync(HttpMethod.Post, "v3/conversations", new JsonObject
    {
        ["bot"] = new JsonObject { ["id"] = "28:" + botAppId },
        ["isGroup"] = false,
        ["members"] = new JsonArray(new JsonObject { ["id"] = userId.ToString() }),
        ["tenantId"] = tenantId.ToString(),
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId.ToString() } },
    });

    public async Task<string> CreateIdAsync(Guid userId, Guid tenantId)
    {
        using var response = await CreateAsync(userId, tenantId);
        return (await JsonAsync(response)).GetProperty("id").GetString()!;
    }

    public Task<HttpResponseMessage> PostAsync(string conversationId, JsonObject activity) =>
        SendAsync(HttpMethod.Post, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities", activity);

    public Task<HttpResponseMessage> UpdateAsync(string conversationId, string activityId, JsonObject activity) =>
        SendAsync(HttpMethod.Put, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{activityId}", activity);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonObject body, string? token = null)
    {
        _token ??= await BotTokenAsync(http, DemoDirectory.ContosoTenantId, botAppId);
        using var request = new HttpRequestMessage(method, new Uri(emulator.BotConnector.ServiceUrl, path)) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? _token);
        return await http.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The Teams error code of a refusal ({"error":{"code"}}).</summary>
    public static async Task<string?> ErrorCodeAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("error").GetProperty("code").GetString();
    }
}
