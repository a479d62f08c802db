using System.Text.Json.Nodes;
using Mentoring.M365Emulator.Graph.Events;
using Mentoring.M365Emulator.Time;

namespace Mentoring.M365Emulator.Graph.Schedule;

/// <summary>POST /v1.0/users/{id}/calendar/getSchedule: free/busy and working hours of several mailboxes.</summary>
internal static class ScheduleEndpoints
{
    public static void MapSchedule(this IEndpointRouteBuilder app, CalendarStore store)
    {
        app.MapPost("/v1.0/users/{userId}/calendar/getSchedule", async (string userId, HttpRequest request) =>
        {
            if (DemoDirectory.Find(userId) is not { } requester)
                return GraphRequest.UnknownUser(userId);
            if (await GraphRequest.ReadObjectAsync(request) is not { } raw)
                return GraphErrors.BadRequest("The request body is not a JSON object.");
            // Action parameters are case-insensitive: the SDK sends the CSDL names (Schedules, StartTime, ...), the docs camelCase.
            var body = new JsonObject(raw.Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())), new JsonNodeOptions { PropertyNameCaseInsensitive = true });
            if (GraphZoneNames.FirstRefused(body) is { } refused)
                return GraphErrors.TimeZoneNotSupported(refused);
            var schedules = body["schedules"]?.AsArray().Select(s => s?.GetValue<string>() ?? "").ToList() ?? [];
            if (schedules.Count == 0 || GraphTime.ReadUtc(body["startTime"]) is not { } from || GraphTime.ReadUtc(body["endTime"]) is not { } to || to <= from)
                return GraphErrors.BadRequest("schedules, startTime and endTime are required, with endTime after startTime.");
            if (ScheduleLimits.Check(schedules.Count, from, to) is { } tooMuch)
                return tooMuch;
            var interval = body["availabilityViewInterval"]?.GetValue<int>() ?? 30;
            if (interval is < 5 or > 1440)
                return GraphErrors.BadRequest("availabilityViewInterval must be within 5..1440.");
            var zone = GraphTime.PreferredZone(request);
            lock (store.Gate)
            {
                var value = schedules.Select(id => (JsonNode)(DemoDirectory.Find(id) is { } user
                    ? user.TenantId == requester.TenantId ? ScheduleBuilder.Build(store, user, from, to, interval, zone) : ScheduleLimits.OtherTenant(id)
                    : new JsonObject
                    {
                        ["scheduleId"] = id,
                        ["error"] = new JsonObject { ["message"] = "The recipient was not found.", ["responseCode"] = "ErrorMailRecipientNotFound" },
                    })).ToArray();
                return GraphRequest.Json(new JsonObject
                {
                    ["@odata.context"] = GraphRequest.Context(request, "Collection(microsoft.graph.scheduleInformation)"),
                    ["value"] = new JsonArray(value),
                });
            }
        });
    }
}
