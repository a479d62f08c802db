using System.Text.Json.Nodes;
using Mentoring.M365Emulator.BotConnector;

namespace Mentoring.M365Emulator.TeamsClient;

/// <summary>
/// The Teams client's activity rail: <c>GET /teams/api/activity?user=…</c> (the person's feed, newest first, with the unread count
/// the bell shows) and <c>POST /teams/api/activity/{id}/read?user=…</c> (the person opened it).
/// </summary>
internal static class ActivityEndpoints
{
    public static void MapTeamsActivity(this IEndpointRouteBuilder app, BotConnectorService connector)
    {
        app.MapGet("/teams/api/activity", (string user) =>
        {
            if (connector.People.Find(user) is not { } person)
                return Results.NotFound();
            var feed = connector.ActivityFeed.For(person.Id);
            return Results.Json(new JsonObject
            {
                ["unread"] = feed.Count(n => !n.Read),
                ["notifications"] = new JsonArray([.. feed.Select(n => (JsonNode)n.ToJson())]),
            });
        });

        app.MapPost("/teams/api/activity/{id}/read", (string id, string user) =>
            connector.People.Find(user) is { } person && connector.ActivityFeed.MarkRead(person.Id, id) ? Results.NoContent() : Results.NotFound());
    }
}
