using System.Text.Json.Nodes;
using Mentoring.M365Emulator.Time;

namespace Mentoring.M365Emulator.Graph.Events;

/// <summary>Create, list and read events: /v1.0/users/{id}/events[/{eventId}].</summary>
internal static class EventEndpoints
{
    public static void MapEvents(this IEndpointRouteBuilder app, CalendarStore store, TimeProvider time, EmulatorPermissions permissions)
    {
        var events = app.MapGroup("/v1.0/users/{userId}/events");
        events.MapPost("", async (string userId, HttpRequest request) =>
        {
            if (DemoDirectory.Find(userId) is not { } user)
                return GraphRequest.UnknownUser(userId);
            if (await GraphRequest.ReadObjectAsync(request) is not { } body)
                return GraphErrors.BadRequest("The request body is not a JSON object.");
            if (GraphZoneNames.FirstRefused(body) is { } refused)
                return GraphErrors.TimeZoneNotSupported(refused);
            var error = EventValidation.Check(body, out var recurrence);
            if (error.Length > 0)
                return GraphErrors.BadRequest(error);
            lock (store.Gate)
            {
                // Graph's documented idempotency: a repeated transactionId returns the event already created.
                var transactionId = body["transactionId"]?.GetValue<string>();
                var stored = transactionId is null ? null : store.FindByTransaction(user.Id, transactionId);
                if (stored is null)
                {
                    stored = EventFactory.Create(body, user, time.GetUtcNow(), permissions.HasTeamsLicence(user.Id));
                    stored.Recurrence = recurrence;
                    stored.Json["body"] = ExchangeHtml.RewriteBody(stored.Json["body"]);
                    store.Add(stored);
                    MeetingMail.Invite(store, stored, time.GetUtcNow());
                }

                return Render(request, user, stored, null, StatusCodes.Status201Created);
            }
        });

        events.MapGet("", (string userId, HttpRequest request) =>
        {
            if (DemoDirectory.Find(userId) is not { } user)
                return GraphRequest.UnknownUser(userId);
            var zone = GraphTime.PreferredZone(request);
            lock (store.Gate)
            {
                var all = store.VisibleTo(user.Id).Select(e => (JsonNode)EventRenderer.Render(e, zone, null, user.Id)).ToList();
                return GraphRequest.Json(GraphPaging.Page(request, $"users('{user.Id}')/events", all));
            }
        });

        events.MapGet("/{eventId}", (string userId, string eventId, HttpRequest request) =>
        {
            if (DemoDirectory.Find(userId) is not { } user)
                return GraphRequest.UnknownUser(userId);
            lock (store.Gate)
            {
                var (stored, occurrence) = EventLookup.Find(store, user, eventId);
                return stored is null ? GraphErrors.NotFound("object") : Render(request, user, stored, occurrence);
            }
        });
    }

    public static IResult Render(HttpRequest request, DemoUser user, StoredEvent stored, Occurrence? occurrence, int status = 200)
    {
        var json = EventRenderer.Render(stored, GraphTime.PreferredZone(request), occurrence, user.Id);
        var withContext = new JsonObject { ["@odata.context"] = GraphRequest.Context(request, $"users('{user.Id}')/events/$entity") };
        foreach (var (name, value) in json)
            withContext[name] = value?.DeepClone();
        return GraphRequest.Json(withContext, status);
    }
}
