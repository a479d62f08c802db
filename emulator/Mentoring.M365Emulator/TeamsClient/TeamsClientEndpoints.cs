using System.Text.Json.Nodes;
using Mentoring.M365Emulator.Clients;

namespace Mentoring.M365Emulator.TeamsClient;

/// <summary>
/// The Teams client page (/teams/): sign in as a demo person, a rail with the installed apps' personal tabs and a
/// calendar of that person's meetings (read from this emulator's Graph), each tab in an iframe spoken to over teams-js'
/// postMessage protocol. The page is static; the server only lists the installed apps and the demo people.
/// </summary>
internal static class TeamsClientEndpoints
{
    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["teams-client.js"] = "text/javascript; charset=utf-8",
        ["teams-host.js"] = "text/javascript; charset=utf-8",
        ["teams-client.css"] = "text/css; charset=utf-8",
        ["teams-chat.js"] = "text/javascript; charset=utf-8",

        // The official renderer (npm adaptivecards, pinned in package-lock.json), embedded at build from node_modules.
        ["adaptivecards.min.js"] = "text/javascript; charset=utf-8",
    };

    public static void MapTeamsClient(this IEndpointRouteBuilder app, TeamsApps apps)
    {
        app.MapClientFiles("/teams", "TeamsClient", Files);

        app.MapGet("/teams/api/apps", () => Results.Json(apps.Snapshot()));

        // The sign-in list: every demo person, with what Teams knows of them (tenant, language).
        app.MapGet("/teams/api/people", () => Results.Json(new JsonArray(DemoDirectory.Users.Select(u => (JsonNode)new JsonObject
        {
            ["id"] = u.Id.ToString(),
            ["tenantId"] = u.TenantId.ToString(),
            ["displayName"] = u.DisplayName,
            ["userPrincipalName"] = u.UserPrincipalName,
            ["locale"] = u.PreferredLanguage,
            ["timeZone"] = u.TimeZone,
        }).ToArray())));
    }
}
