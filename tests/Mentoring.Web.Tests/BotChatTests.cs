using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mentoring.M365Emulator;
using Mentoring.M365Emulator.BotFramework;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>
/// The emulator's Teams client shows a person's chat with the bot: a card a bot posts through the Bot Connector over REST
/// appears while the chat is open, rendered by the adaptivecards renderer, and its Action.Execute reaches the product.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BotChatTests(BrowserFixture fixture)
{
    // Manon is in no demo circle: nothing else writes to her chat.
    private const string Manon = "manon.lefevre@contoso.example";

    [Fact]
    public async Task A_card_posted_through_the_connector_appears_in_the_open_chat_rendered_and_axe_clean()
    {
        var emulator = fixture.Host.Emulator;
        var manon = DemoDirectory.Find(Manon)!;
        using var http = new HttpClient { BaseAddress = emulator.BaseUri };
        var token = await BotTokenAsync(http);
        await InstallAsync(http, manon.Id);
        var conversation = await CreateConversationAsync(http, token, manon.Id);

        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(Manon, "&view=chat"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Chat" })).ToBeVisibleAsync();
        await PostAsync(http, token, conversation, Card());

        var chat = page.GetByRole(AriaRole.List, new() { Name = "Conversation avec " + DemoBot.Name });
        await Expect(chat.GetByText("Comment s'est passée votre séance ?")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Expect(chat.GetByLabel("Ce qui vous bloque")).ToBeVisibleAsync();
        await Expect(chat.GetByRole(AriaRole.Button, new() { Name = "Envoyer" })).ToBeVisibleAsync();
        Assert.Empty(await page.SeriousViolationsAsync());

        // The product does not know this verb: it answers with an error, which Teams shows under the card.
        await chat.GetByRole(AriaRole.Button, new() { Name = "Envoyer" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Un problème est survenu. Réessayez.");
    }

    private static JsonObject Card() => JsonNode.Parse("""
        {
          "type": "message",
          "attachments": [{
            "contentType": "application/vnd.microsoft.card.adaptive",
            "content": {
              "type": "AdaptiveCard", "version": "1.5",
              "body": [
                { "type": "TextBlock", "text": "Comment s'est passée votre séance ?", "weight": "Bolder", "size": "Medium", "wrap": true },
                { "type": "TextBlock", "text": "Mentorat Camille – Hugo, jeudi 18:00", "isSubtle": true, "wrap": true },
                { "type": "Input.ChoiceSet", "id": "attended", "label": "Avez-vous participé ?", "style": "expanded",
                  "choices": [ { "title": "Oui", "value": "yes" }, { "title": "Non", "value": "no" } ] },
                { "type": "Input.Text", "id": "blocker", "label": "Ce qui vous bloque", "isMultiline": true, "maxLength": 2000 }
              ],
              "actions": [ { "type": "Action.Execute", "title": "Envoyer", "verb": "emulator.test", "data": { "session": "demo" } } ]
            }
          }]
        }
        """)!.AsObject();

    private static async Task<string> BotTokenAsync(HttpClient http)
    {
        using var response = await http.PostAsync($"{DemoDirectory.ContosoTenantId}/oauth2/v2.0/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = DemoBot.AppId,
            ["client_secret"] = "demo",
            ["scope"] = "https://api.botframework.com/.default",
        }));
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    private static async Task InstallAsync(HttpClient http, Guid userId)
    {
        using var response = await http.PostAsJsonAsync("_emulator/botconnector/installations",
            new { tenantId = DemoDirectory.ContosoTenantId, userIds = new[] { userId } });
        response.EnsureSuccessStatusCode();
    }

    private static async Task<string> CreateConversationAsync(HttpClient http, string token, Guid userId)
    {
        var body = new JsonObject
        {
            ["bot"] = new JsonObject { ["id"] = "28:" + DemoBot.AppId },
            ["isGroup"] = false,
            ["members"] = new JsonArray(new JsonObject { ["id"] = userId.ToString() }),
            ["tenantId"] = DemoDirectory.ContosoTenantId.ToString(),
        };
        using var json = JsonDocument.Parse(await SendAsync(http, token, "v3/conversations", body));
        return json.RootElement.GetProperty("id").GetString()!;
    }

    private static Task<string> PostAsync(HttpClient http, string token, string conversation, JsonObject activity) =>
        SendAsync(http, token, $"v3/conversations/{Uri.EscapeDataString(conversation)}/activities", activity);

    private static async Task<string> SendAsync(HttpClient http, string token, string path, JsonObject body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, DemoBot.ConnectorPath + path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {text}");
        return text;
    }
}
