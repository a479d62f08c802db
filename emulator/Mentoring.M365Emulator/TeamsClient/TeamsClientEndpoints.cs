using System.Text.Json.Nodes;
using Mentoring.M365Emulator.Clients;
using Mentoring.M365Emulator.Identity;

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
        ["teams-activity.js"] = "text/javascript; charset=utf-8",
        ["card-themes.js"] = "text/javascript; charset=utf-8",
        ["teams-auth.js"] = "text/javascript; charset=utf-8",
        ["phone.html"] = "text/html; charset=utf-8",
        ["phone.js"] = "text/javascript; charset=utf-8",
        ["native-interface.js"] = "text/javascript; charset=utf-8",

        // The official renderer (npm adaptivecards, pinned in package-lock.json), embedded at build from node_modules.
        ["adaptivecards.min.js"] = "text/javascript; charset=utf-8",
    };

    public static void MapTeamsClient(this IEndpointRouteBuilder app, TeamsApps apps, TenantConsents consents)
    {
        app.MapClientFiles("/teams", "TeamsClient", Files);

        app.MapGet("/teams/api/apps", () => Results.Json(apps.Snapshot()));

        // Whether the person's tenant consented to the app (webApplicationInfo.id), as Teams learns it from Entra before it
        // hands out the app's single sign-on token: without it, getAuthToken fails with "resourceRequiresConsent"
        // (OfficeDev/microsoft-teams-library-js issue 2252: the error after the consent was removed).
        app.MapGet("/teams/api/consent", (Guid tenantId, string clientId) =>
            Results.Json(new JsonObject { ["granted"] = consents.IsGranted(tenantId, clientId, clientId) }));

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
