using System.Text.Json.Nodes;
using Mentoring.M365Emulator.Time;

namespace Mentoring.M365Emulator.Graph.Users;

/// <summary>GET /v1.0/users/{id|upn} and its mailboxSettings.</summary>
internal static class UserEndpoints
{
    public static void MapUsers(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1.0/users/{userId}", (string userId, HttpRequest request) =>
            DemoDirectory.Find(userId) is { } user
                ? GraphRequest.Json(new JsonObject
                {
                    ["@odata.context"] = GraphRequest.Context(request, "users/$entity"),
                    ["id"] = user.Id.ToString(),
                    ["displayName"] = user.DisplayName,
                    ["givenName"] = user.DisplayName.Split(' ')[0],
                    ["surname"] = user.DisplayName.Split(' ', 2)[^1],
                    ["mail"] = user.UserPrincipalName,
                    ["userPrincipalName"] = user.UserPrincipalName,
                    ["preferredLanguage"] = user.PreferredLanguage,
                })
                : GraphRequest.UnknownUser(userId));

        app.MapGet("/v1.0/users/{userId}/mailboxSettings", (string userId, HttpRequest request) =>
        {
            if (DemoDirectory.Find(userId) is not { } user)
                return GraphRequest.UnknownUser(userId);
            return GraphRequest.Json(new JsonObject
            {
                ["@odata.context"] = GraphRequest.Context(request, $"users('{user.Id}')/mailboxSettings"),
                // Outlook stores the Windows name when the user picks a zone in settings; so does the emulator.
                ["timeZone"] = GraphTime.WindowsName(user.TimeZone),
                ["language"] = new JsonObject { ["locale"] = user.PreferredLanguage, ["displayName"] = user.PreferredLanguage },
                ["workingHours"] = WorkingHours(user),
            });
        });
    }

    public static JsonObject WorkingHours(DemoUser user) => new()
    {
        ["daysOfWeek"] = new JsonArray(user.WorkDays.Select(d => (JsonNode)JsonValue.Create(d.ToString().ToLowerInvariant())).ToArray()),
        ["startTime"] = user.WorkStart.ToString("HH:mm:ss.fffffff"),
        ["endTime"] = user.WorkEnd.ToString("HH:mm:ss.fffffff"),
        ["timeZone"] = user.CustomTimeZone ? GraphTime.CustomZone(user.TimeZone) : new JsonObject { ["name"] = GraphTime.WindowsName(user.TimeZone) },
    };
}
