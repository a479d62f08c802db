using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Mentoring.M365Emulator.BotConnector;
using Mentoring.M365Emulator.Graph.Users;

namespace Mentoring.M365Emulator.Graph.Teamwork;

/// <summary>
/// Teams apps in a person's personal scope: <c>GET/POST /users/{id}/teamwork/installedApps</c> (the body
/// <c>{"teamsApp@odata.bind":"https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/{catalog id}"}</c>, 201 with no body, 409
/// when already installed, 404 for a manifest id), <c>GET/DELETE …/installedApps/{installationId}</c>. A bot can reach a person
/// only once its app is there; installs and removals are posted to the bot as Teams posts them (<see cref="InstallationActivities"/>).
/// </summary>
internal static partial class InstalledAppEndpoints
{
    private const string Route = "/v1.0/users/{userId}/teamwork/installedApps";

    public static void MapInstalledApps(this IEndpointRouteBuilder app, BotConnectorService connector)
    {
        app.MapGet(Route, (string userId, HttpRequest request) =>
        {
            if (Person(connector, userId, request) is not { } person)
                return GraphRequest.UnknownUser(userId);
            var expand = request.Query["$expand"].ToString().Contains("teamsApp", StringComparison.OrdinalIgnoreCase);
            var filter = request.Query["$filter"].ToString();
            Func<string, bool> match = _ => true;
            if (filter.Length > 0)
            {
                if (FilterPattern().Match(filter) is not { Success: true } m)
                    return GraphErrors.BadRequest($"Unsupported filter '{filter}': the emulator takes teamsApp/externalId eq '…' or teamsApp/id eq '…'.");
                var byCatalogId = m.Groups[1].Value.Equals("id", StringComparison.OrdinalIgnoreCase);
                match = appId => string.Equals(
                    byCatalogId ? connector.Catalog.CatalogId(person.TenantId, appId) : appId, m.Groups["value"].Value, StringComparison.OrdinalIgnoreCase);
            }

            var installed = connector.Installations.AppsOf(person.Id).Where(match);
            return GraphRequest.Json(new JsonObject
            {
                ["@odata.context"] = GraphRequest.Context(request, $"users('{person.Id}')/teamwork/installedApps"),
                ["value"] = new JsonArray([.. installed.Select(a => (JsonNode)Render(connector, person.Id, a, expand))]),
            });
        });

        app.MapGet(Route + "/{installationId}", (string userId, string installationId, HttpRequest request) =>
            Person(connector, userId, request) is not { } person ? GraphRequest.UnknownUser(userId)
            : InstalledApp(connector, person, installationId) is not { } appId ? NotFound()
            : GraphRequest.Json(Render(connector, person.Id, appId, request.Query["$expand"].ToString().Contains("teamsApp", StringComparison.OrdinalIgnoreCase))));

        app.MapPost(Route, async (string userId, HttpRequest request) =>
        {
            if (Person(connector, userId, request) is not { } person)
                return UserNotFound(userId);
            var body = await GraphRequest.ReadObjectAsync(request);
            var bind = body?["teamsApp@odata.bind"]?.ToString() ?? "";
            var marker = bind.IndexOf("/appCatalogs/teamsApps/", StringComparison.OrdinalIgnoreCase);
            if (marker < 0)
                return GraphErrors.BadRequest("The body must bind the app: {\"teamsApp@odata.bind\":\"https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/{id}\"}.");

            // Only the tenant's catalog id names an app here: the manifest id, or another tenant's catalog id, is an app Graph
            // does not know. It answers 404 "NotFound" (OfficeDev/microsoft-teams-apps-company-communicator#239 and #285: "Code:
            // NotFound Message: Not Found" when installing with the manifest id) — the same code as an unknown user.
            var catalogId = bind[(marker + "/appCatalogs/teamsApps/".Length)..].Trim('/');
            if (connector.Catalog.ManifestIdOf(person.TenantId, catalogId) is not { } manifestId)
                return GraphErrors.Result(StatusCodes.Status404NotFound, "NotFound", "Not Found");
            if (!connector.Installations.Install(person.Id, manifestId))
                return GraphErrors.Result(StatusCodes.Status409Conflict, "Conflict", "The app is already installed for this user.");
            connector.InstallEvents?.Added(person, manifestId);
            return Results.StatusCode(StatusCodes.Status201Created);
        });

        app.MapDelete(Route + "/{installationId}", (string userId, string installationId, HttpRequest request) =>
            Person(connector, userId, request) is not { } person ? GraphRequest.UnknownUser(userId)
            : InstalledApp(connector, person, installationId) is { } appId && connector.Installations.Uninstall(person.Id, appId) ? Removed(connector, person, appId)
            : NotFound());
    }

    // A person of the token's tenant only: anyone else does not exist for this caller.
    private static TeamsPerson? Person(BotConnectorService connector, string userId, HttpRequest request) =>
        connector.People.Find(userId) is { } person && person.TenantId == UserEndpoints.CallerTenant(request) ? person : null;

    private static string? InstalledApp(BotConnectorService connector, TeamsPerson person, string installationId)
    {
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(installationId));
        }
        catch (FormatException)
        {
            return null;
        }

        var parts = decoded.Split("##");
        return parts.Length == 2 && parts[0] == person.Id.ToString() && connector.Installations.AppsOf(person.Id).Contains(parts[1], StringComparer.OrdinalIgnoreCase)
            ? parts[1] : null;
    }

    private static IResult Removed(BotConnectorService connector, TeamsPerson person, string manifestId)
    {
        connector.InstallEvents?.Removed(person, manifestId);
        return Results.NoContent();
    }

    // Teams' installation service names an unknown user so (microsoftgraph/msgraph-sdk-java#1445): the code is "NotFound", as
    // for an unknown app, so a caller cannot tell the two apart by the code.
    private static IResult UserNotFound(string userId) =>
        GraphErrors.Result(StatusCodes.Status404NotFound, "NotFound", $"User Id '{userId}' not found.");

    private static IResult NotFound() =>
        GraphErrors.Result(StatusCodes.Status404NotFound, "NotFound", "The app installation was not found.");

    private static JsonObject Render(BotConnectorService connector, Guid userId, string appId, bool expand)
    {
        var installation = new JsonObject { ["id"] = TeamsInstallations.InstallationId(userId, appId) };
        if (expand)
        {
            var tenant = connector.People.Find(userId.ToString())!.TenantId;
            installation["teamsApp"] = AppCatalogEndpoints.Render(connector.Catalog, tenant, appId);
        }

        return installation;
    }

    [GeneratedRegex(@"^\s*teamsApp/(externalId|id)\s+eq\s+'(?<value>[^']+)'\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FilterPattern();
}
