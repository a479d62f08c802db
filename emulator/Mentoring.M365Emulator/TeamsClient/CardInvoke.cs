using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mentoring.M365Emulator.BotConnector;
using Mentoring.M365Emulator.BotFramework;

namespace Mentoring.M365Emulator.TeamsClient;

/// <summary>
/// What Teams does when a person presses an <c>Action.Execute</c> button of a bot's card: it posts an <c>invoke</c> named
/// <c>adaptiveCard/action</c> to the bot's messaging endpoint, signed as the Bot Connector signs, and a card in the answer
/// replaces the card in that person's chat (universal actions).
/// </summary>
internal sealed class CardInvoke(BotConnectorService connector, ChannelTokenIssuer tokens, HttpClient http)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Teams gives up on an invoke after about 15 seconds and shows an error on the card.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    /// <summary>Sends the invoke and applies its answer; returns what the chat shows: {outcome: card|message|error, message?}.</summary>
    public async Task<JsonObject> SendAsync(Conversation conversation, string replyToId, JsonObject action, string locale, CancellationToken ct)
    {
        var bot = connector.Bots.Find(conversation.BotAppId);
        if (bot?.MessagingEndpoint is null)
            return Outcome("error", "Ce bot n'a pas de point de terminaison de messagerie (démarrez l'hôte local).");

        var serviceUrl = connector.ServiceUrl.ToString();
        using var request = new HttpRequestMessage(HttpMethod.Post, bot.MessagingEndpoint)
        {
            Content = JsonContent.Create(Activity(conversation, bot.Name, replyToId, action, locale, serviceUrl)),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.Create(conversation.BotAppId, serviceUrl));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Timeout);
        try
        {
            using var response = await http.SendAsync(request, timeout.Token);
            var text = await response.Content.ReadAsStringAsync(timeout.Token);
            return response.IsSuccessStatusCode ? Apply(conversation, replyToId, text) : Outcome("error", $"HTTP {(int)response.StatusCode}");
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            return Outcome("error", e.Message);
        }
    }

    // The invoke Teams posts (msteams-docs universal-actions-for-adaptive-cards/work-with-universal-actions-for-adaptive-cards.md).
    private JsonObject Activity(Conversation conversation, string botName, string replyToId, JsonObject action, string locale, string serviceUrl)
    {
        var person = conversation.Person;
        var tenant = person.TenantId.ToString();
        return new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = "adaptiveCard/action",
            ["id"] = "f:" + Guid.NewGuid().ToString("N"),
            ["timestamp"] = connector.Time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffK", CultureInfo.InvariantCulture),
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = person.Mri, ["name"] = person.DisplayName, ["aadObjectId"] = person.Id.ToString() },
            ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = tenant, ["id"] = conversation.Id },
            ["recipient"] = new JsonObject { ["id"] = "28:" + conversation.BotAppId, ["name"] = botName },
            ["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "clientInfo",
                ["locale"] = locale,
                ["country"] = locale.Length >= 5 ? locale[3..5] : "FR",
                ["platform"] = "Web",
                ["timezone"] = person.TimeZone,
            }),
            ["channelData"] = new JsonObject
            {
                ["tenant"] = new JsonObject { ["id"] = tenant },
                ["source"] = new JsonObject { ["name"] = "message" },
                ["legacy"] = new JsonObject { ["replyToId"] = replyToId },
            },
            ["replyToId"] = replyToId,
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject
                {
                    ["type"] = "Action.Execute",
                    ["id"] = action["id"]?.DeepClone(),
                    ["verb"] = action["verb"]?.DeepClone(),
                    ["data"] = action["data"]?.DeepClone() ?? new JsonObject(),
                },
                ["trigger"] = "manual",
            },
            ["locale"] = locale,
        };
    }

    // {statusCode:200, type: card, value: card} replaces the card; a message or an error is only shown under it.
    private JsonObject Apply(Conversation conversation, string replyToId, string text)
    {
        JsonObject? answer;
        try
        {
            answer = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            answer = null;
        }

        var type = ConnectorRequest.Text(answer, "type");
        if (type == CardType && answer!["value"] is JsonObject card && ConnectorRequest.Text(card, "type") == "AdaptiveCard")
            return ReplaceCard(conversation, replyToId, card) ? Outcome("card", null) : Outcome("error", "The card to refresh is gone.");
        if (type == "application/vnd.microsoft.activity.message")
            return Outcome("message", ConnectorRequest.Text(answer!["value"]));
        return Outcome("error", ConnectorRequest.Text(answer, "value", "message") ?? "Invalid invoke response.");
    }

    private bool ReplaceCard(Conversation conversation, string activityId, JsonObject card)
    {
        if (conversation.Find(activityId) is not { } activity || activity["attachments"] is not JsonArray attachments)
            return false;
        var index = attachments.ToList().FindIndex(a => ConnectorRequest.Text(a, "contentType") == CardType);
        if (index < 0)
            return false;
        attachments[index] = new JsonObject { ["contentType"] = CardType, ["content"] = card.DeepClone() };
        activity["lastModifiedTimestamp"] = connector.Time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffK", CultureInfo.InvariantCulture);
        return conversation.Replace(activityId, activity);
    }

    private static JsonObject Outcome(string outcome, string? message) => new() { ["outcome"] = outcome, ["message"] = message };
}
