using System.Globalization;
using System.Text.Json.Nodes;
using Mentoring.M365Emulator.Time;

namespace Mentoring.M365Emulator.Graph.Events;

/// <summary>GET /v1.0/users/{id}/events/{masterId}/instances: occurrences and exceptions in a window, with $top/$skip paging.</summary>
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
            var top = int.TryParse(request.Query["$top"], out var t) && t > 0 ? t : int.MaxValue;
            var skip = int.TryParse(request.Query["$skip"], out var s) && s > 0 ? s : 0;
            var zone = GraphTime.PreferredZone(request);
            lock (store.Gate)
            {
                if (store.Find(eventId) is not { } master || !master.IsVisibleTo(user.Id))
                    return GraphErrors.NotFound("object");
                var all = OccurrenceExpander.Expand(master, from, to);
                var page = all.Skip(skip).Take(top).Select(o => (JsonNode)EventRenderer.Render(master, zone, o)).ToArray();
                var body = new JsonObject
                {
                    ["@odata.context"] = GraphRequest.Context(request, $"users('{user.Id}')/events('{eventId}')/instances"),
                    ["value"] = new JsonArray(page),
                };
                if (top != int.MaxValue && skip + top < all.Count)
                    body["@odata.nextLink"] = NextLink(request, skip + top);
                return GraphRequest.Json(body);
            }
        });
    }

    private static DateTime? ReadUtc(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value.UtcDateTime
            : null;

    private static string NextLink(HttpRequest request, int skip)
    {
        var query = request.Query.Where(q => q.Key != "$skip")
            .Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}")
            .Append($"$skip={skip}");
        return $"{request.Scheme}://{request.Host}{request.Path}?{string.Join('&', query)}";
    }
}
