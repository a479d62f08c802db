using System.Text.Json.Nodes;
using Mentoring.M365Emulator.Graph.Events;

namespace Mentoring.M365Emulator.Graph.Meetings;

/// <summary>GET /v1.0/users/{id}/onlineMeetings?$filter=JoinWebUrl eq '...' (learn.microsoft.com graph/api/onlinemeeting-get).</summary>
internal static class OnlineMeetingEndpoints
{
    public static void MapOnlineMeetings(this IEndpointRouteBuilder app, CalendarStore store, EmulatorPermissions permissions)
    {
        app.MapGet("/v1.0/users/{userId}/onlineMeetings", (string userId, HttpRequest request) =>
        {
            // Graph checks the grant and the application access policy before it looks at the user or the filter.
            if (permissions.DenyOnlineMeetings)
                return GraphErrors.Result(StatusCodes.Status403Forbidden, "Forbidden", "No application access policy found for this app.");
            if (DemoDirectory.Find(userId) is not { } user)
                return GraphRequest.UnknownUser(userId);

            // With an application token Graph cannot list a user's meetings: only a lookup by filter is allowed.
            var filter = request.Query["$filter"].ToString();
            if (filter.Length == 0)
                return GraphErrors.Result(StatusCodes.Status400BadRequest, "BadRequest", "Filter expression expected - /onlineMeetings?$filter=JoinWebUrl eq 'joinWebUrl'.");
            if (!JoinWebUrlFilter.TryParse(filter, out var joinWebUrl))
                return GraphErrors.Result(StatusCodes.Status400BadRequest, "BadRequest", $"Unsupported filter expression: {filter}");

            lock (store.Gate)
            {
                // A meeting is visible to its organizer and its invited attendees, as with a lookup by meeting id.
                var found = store.VisibleTo(user.Id)
                    .Where(e => e.Meeting is { } m && string.Equals(m.JoinWebUrl, joinWebUrl, StringComparison.Ordinal))
                    .Select(e => (JsonNode)OnlineMeetingRenderer.Render(e, e.Meeting!))
                    .ToArray();
                return GraphRequest.Json(new JsonObject
                {
                    ["@odata.context"] = GraphRequest.Context(request, $"users('{user.Id}')/onlineMeetings"),
                    ["value"] = new JsonArray(found),
                });
            }
        });
    }
}
