using System.Text.Json.Nodes;
using Mentoring.M365Emulator.BotConnector;
using Mentoring.M365Emulator.BotFramework;

namespace Mentoring.M365Emulator.Control;

/// <summary>
/// Test switches of the Bot Connector, under /_emulator/botconnector: a person blocks the bot, adds or removes the app, apps are
/// installed for people (adding people who exist only in Teams, for load tests), bots are registered, faults and rate limits
/// are set, the request log and a conversation's activities are read, and everything is reset.
/// </summary>
internal static class BotConnectorControlEndpoints
{
    private const string Root = "/_emulator/botconnector";

    public static void MapBotConnectorControl(this IEndpointRouteBuilder app, BotConnectorService connector)
    {
        app.MapPut(Root + "/blocks/{userId:guid}", (Guid userId) => Done(() => connector.Block(userId)));
        app.MapDelete(Root + "/blocks/{userId:guid}", (Guid userId) => Done(() => connector.Unblock(userId)));
        app.MapDelete(Root + "/installations/{userId:guid}", (Guid userId) => Done(() => connector.Uninstall(userId)));

        // The person adds the demo app from Teams' store: Teams posts installationUpdate add and conversationUpdate to the bot.
        app.MapPost(Root + "/users/{userId:guid}/apps", (Guid userId) => Done(() => connector.AddApp(userId)));

        // {"tenantId":"…","userIds":["…"],"teamsAppId":"…"}: people unknown to the directory are added to Teams first.
        app.MapPost(Root + "/installations", (InstallBody body) =>
        {
            if (body.TenantId == Guid.Empty || body.UserIds is not { Count: > 0 })
                return Results.BadRequest(new JsonObject { ["error"] = "tenantId and userIds are required" });
            var people = connector.AddPeople(body.TenantId, body.UserIds);
            if (people.Any(p => p.TenantId != body.TenantId))
                return Results.BadRequest(new JsonObject { ["error"] = "a demo person of another tenant was named" });
            foreach (var person in people)
                connector.Install(person.Id, body.TeamsAppId ?? DemoBot.TeamsAppId);
            return Results.Json(new JsonObject { ["installed"] = people.Count });
        });

        // {"tenantId":"…","userIds":["…"]}: people who exist only in Teams, without the app (a first contact installs it through Graph).
        app.MapPost(Root + "/people", (InstallBody body) =>
        {
            if (body.TenantId == Guid.Empty || body.UserIds is not { Count: > 0 })
                return Results.BadRequest(new JsonObject { ["error"] = "tenantId and userIds are required" });
            return Results.Json(new JsonObject { ["added"] = connector.AddPeople(body.TenantId, body.UserIds).Count(p => p.TenantId == body.TenantId) });
        });

        app.MapPut(Root + "/bots/{appId}", (string appId, BotBody body) =>
            Done(() => connector.RegisterBot(appId, body.MessagingEndpoint, body.Name ?? DemoBot.Name)));

        app.MapGet(Root + "/users/{userId:guid}/conversations", (Guid userId) =>
            Results.Json(new JsonObject { ["conversations"] = new JsonArray([.. connector.ConversationsOf(userId).Select(id => (JsonNode)id)]) }));
        app.MapGet(Root + "/conversations/{conversationId}/activities", (string conversationId) =>
            Results.Json(new JsonObject { ["activities"] = new JsonArray([.. connector.ActivitiesOf(conversationId)]) }));

        app.MapPut(Root + "/ratelimits", (RateLimitBody body) => Done(() => connector.EnforceRateLimits = body.Enforced));
        app.MapGet(Root + "/requests", () => Results.Json(connector.Log.Entries));
        app.MapDelete(Root + "/requests", () => Done(connector.Log.Clear));
        app.MapGet(Root + "/faults", () => Results.Json(connector.Faults.Settings));
        app.MapPut(Root + "/faults", (FaultSettings settings) =>
        {
            if (settings.FailureRate is < 0 or > 1 || settings.LostResponseRate is < 0 or > 1)
                return Results.BadRequest(new JsonObject { ["error"] = "failureRate and lostResponseRate must be within 0..1" });
            connector.Faults.Configure(settings);
            return Results.Json(connector.Faults.Settings);
        });
        app.MapDelete(Root + "/faults", () => Done(connector.Faults.Reset));
        app.MapPost(Root + "/reset", () => Done(connector.Reset));
    }

    private static IResult Done(Action action)
    {
        action();
        return Results.NoContent();
    }

    internal sealed record InstallBody(Guid TenantId, IReadOnlyList<Guid>? UserIds, string? TeamsAppId);

    internal sealed record BotBody(Uri? MessagingEndpoint, string? Name);

    internal sealed record RateLimitBody(bool Enforced);
}
