using System.Globalization;
using System.Text.Json.Nodes;
using Mentoring.M365Emulator.Time;

namespace Mentoring.M365Emulator.Graph.Events;

/// <summary>GET /v1.0/users/{id}/events/{masterId}/instances: occurrences and exceptions in a window, paged as Outlook does (<see cref="GraphPaging"/>).</summary>
internal static class InstanceEndpoints
{
    public static void MapInstances(this IEndpointRouteBuilder app, CalendarStore store)
    {
        app.MapGet("/v1.0/users/{userId}/events/{eventId}/instances", (string userId, string eventId, HttpRequest request) =>
        {
            if (DemoDirectory.Find(userId) is not { } user)
                return GraphRequest.UnknownUser(userId);
            if (ReadUtc(request.Query["startDateTime"]) is not { } from || ReadUtc(request.Query["endDateTime"]) is not { } to)
                return GraphErrors.Result(StatusCodes.Status400BadRequest, "ErrorInvalidParameter",
                    "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.");
            var zone = GraphTime.PreferredZone(request);
            lock (store.Gate)
            {
                if (store.FindIn(user.Id, eventId) is not { } master)
                    return GraphErrors.NotFound("object");
                var all = OccurrenceExpander.Expand(master, from, to).Select(o => (JsonNode)EventRenderer.Render(master, zone, o, user.Id)).ToList();
                return GraphRequest.Json(GraphPaging.Page(request, $"users('{user.Id}')/events('{eventId}')/instances", all));
            }
        });
    }

    private static DateTime? ReadUtc(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value.UtcDateTime
            : null;
}
