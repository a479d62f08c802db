using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Mentoring.M365Emulator.Graph.Users;

namespace Mentoring.M365Emulator.Graph.Teamwork;

/// <summary>
/// <c>GET /appCatalogs/teamsApps</c>: the caller's tenant's organization catalog, filtered as Graph's documented examples do
/// (learn.microsoft.com/graph/api/appcatalogs-list-teamsapps: <c>$filter=externalId eq '{manifest id}'</c> and
/// <c>$filter=distributionMethod eq 'organization'</c>, joined with <c>and</c>). Permission AppCatalog.Read.All (or
/// AppCatalog.ReadWrite.All), checked by the pipeline. Only organization apps exist here: the emulator has no store.
/// </summary>
internal static partial class AppCatalogEndpoints
{
    public static void MapAppCatalog(this IEndpointRouteBuilder app, TeamsCatalog catalog)
    {
        app.MapGet("/v1.0/appCatalogs/teamsApps", (HttpRequest request) =>
        {
            var tenant = UserEndpoints.CallerTenant(request);
            var filter = request.Query["$filter"].ToString();
            string? externalId = null;
            foreach (var clause in filter.Length == 0 ? [] : AndPattern().Split(filter))
            {
                if (ClausePattern().Match(clause) is not { Success: true } m)
                    return GraphErrors.BadRequest($"Unsupported filter '{filter}': the emulator takes externalId eq '…' and distributionMethod eq 'organization'.");
                if (m.Groups["field"].Value.Equals("distributionMethod", StringComparison.OrdinalIgnoreCase)
                    && !m.Groups["value"].Value.Equals("organization", StringComparison.OrdinalIgnoreCase))
                    return List(request, []); // no store, no sideloaded apps
                if (m.Groups["field"].Value.Equals("externalId", StringComparison.OrdinalIgnoreCase))
                    externalId = m.Groups["value"].Value;
            }

            var apps = catalog.ManifestIds(tenant)
                .Where(id => externalId is null || string.Equals(id, externalId, StringComparison.OrdinalIgnoreCase))
                .Select(id => Render(catalog, tenant, id));
            return List(request, [.. apps]);
        });
    }

    /// <summary>A teamsApp resource (learn.microsoft.com/graph/api/resources/teamsapp): its id is the tenant's, externalId the manifest's.</summary>
    internal static JsonObject Render(TeamsCatalog catalog, Guid tenant, string manifestId) => new()
    {
        ["id"] = catalog.CatalogId(tenant, manifestId),
        ["externalId"] = manifestId,
        ["displayName"] = catalog.Apps.Find(manifestId)?["name"]?["short"]?.ToString(),
        ["distributionMethod"] = "organization",
    };

    private static IResult List(HttpRequest request, JsonArray apps) => GraphRequest.Json(new JsonObject
    {
        ["@odata.context"] = GraphRequest.Context(request, "appCatalogs/teamsApps"),
        ["value"] = apps,
    });

    [GeneratedRegex(@"\s+and\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AndPattern();

    [GeneratedRegex(@"^\s*(?<field>externalId|distributionMethod)\s+eq\s+'(?<value>[^']+)'\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ClausePattern();
}
