using System.Text.Json.Nodes;
using Mentoring.M365Emulator.BotConnector;

namespace Mentoring.M365Emulator.TeamsClient;

/// <summary>
/// The Teams client's chat with bots: <c>GET /teams/api/chats?user=…</c> (the person's conversations and their activities, which
/// the page polls) and <c>POST /teams/api/chats/{conversationId}/invoke</c> (an Action.Execute pressed on a card).
/// </summary>
internal static class ChatEndpoints
{
    public static void MapTeamsChat(this IEndpointRouteBuilder app, BotConnectorService connector, CardInvoke invoke)
    {
        app.MapGet("/teams/api/chats", (string user) =>
        {
            if (connector.People.Find(user) is not { } person)
                return Results.NotFound();
            var chats = connector.Conversations.ForUser(person.Id).Select(c => (JsonNode)new JsonObject
            {
                ["id"] = c.Id,
                ["botName"] = connector.Bots.Find(c.BotAppId)?.Name ?? c.BotAppId,
                ["activities"] = new JsonArray([.. c.Activities()]),
            });
            return Results.Json(new JsonObject { ["chats"] = new JsonArray([.. chats]) });
        });

        // {"user":"<upn or id>","replyToId":"<the card's activity id>","locale":"fr-FR","action":{"id","verb","data"}}
        app.MapPost("/teams/api/chats/{conversationId}/invoke", async (string conversationId, JsonObject body, CancellationToken ct) =>
        {
            var person = connector.People.Find(ConnectorRequest.Text(body["user"]) ?? "");
            var conversation = connector.Conversations.Find(conversationId);

            // The page speaks for the person signed in to it: someone else's chat does not exist for them.
            if (person is null || conversation is null || conversation.Person.Id != person.Id)
                return Results.NotFound();
            if (ConnectorRequest.Text(body["replyToId"]) is not { } replyToId || body["action"] is not JsonObject action)
                return Results.BadRequest(new JsonObject { ["error"] = "replyToId and action are required" });
            var locale = ConnectorRequest.Text(body["locale"]) ?? person.Locale;
            return Results.Json(await invoke.SendAsync(conversation, replyToId, action, locale, ct));
        });
    }
}
