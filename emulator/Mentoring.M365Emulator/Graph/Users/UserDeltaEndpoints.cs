using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace Mentoring.M365Emulator.Graph.Users;

/// <summary>GET /v1.0/users/delta: the tenant's users page by page, then only what changed since, with deleted users as @removed.</summary>
/// <remarks>
/// As documented (learn.microsoft.com/graph/api/user-delta, /graph/delta-query-users, /graph/delta-query-overview): the first
/// round lists every current user, <see cref="PageSize"/> a page with <c>@odata.nextLink</c> (a <c>$skiptoken</c>), the last page
/// with <c>@odata.deltaLink</c> (a <c>$deltatoken</c>); a later round from that link lists only the users changed since, each once
/// in its latest state. A user deleted (softly, restorable) comes as <c>{"id", "@removed": {"reason": "changed"}}</c>, permanently
/// as reason "deleted"; a restored user comes back as a user. Query parameters (only <c>$select</c> here) are given on the first
/// request and carried inside the tokens; <c>$filter</c> (Graph allows only <c>id eq</c>) is refused, and so is a token that is
/// not one of this tenant's (stricter: Graph's answer to a forged token is not documented).
/// </remarks>
internal static class UserDeltaEndpoints
{
    public const int PageSize = 10;

    public static void MapUserDelta(this IEndpointRouteBuilder app, DirectoryChanges changes)
    {
        // The function may be called with or without its parentheses: the Graph SDK (Kiota) sends "/users/delta()".
        app.MapGet("/v1.0/users/delta", (HttpRequest request) => Delta(request, changes));
        app.MapGet("/v1.0/users/delta()", (HttpRequest request) => Delta(request, changes));
    }

    private static IResult Delta(HttpRequest request, DirectoryChanges changes)
    {
        var tenant = UserEndpoints.CallerTenant(request);
        if (request.Query.ContainsKey("$filter"))
            return BadRequest("The emulator serves users/delta without $filter.");
        var skip = request.Query["$skiptoken"].ToString();
        var delta = request.Query["$deltatoken"].ToString();
        if (skip.Length == 0 && delta.Length == 0)
        {
            var (select, error) = UserJson.ReadSelect(request);
            return error ?? FirstRound(request, new DeltaState(tenant, changes.Version, select is null ? "" : string.Join(',', select), 0, changes.Generation), changes);
        }

        var state = DeltaState.Read(skip.Length > 0 ? skip : delta);
        if (state is null || state.Tenant != tenant)
            return BadRequest("Badly formed or foreign delta token.");
        if (state.Generation != changes.Generation)
            return GraphErrors.Result(changes.Expired.Status, changes.Expired.Code, "The sync state generation is not found. The delta token is expired and data must be synchronized again.");
        return skip.Length > 0 ? FirstRound(request, state, changes) : Changes(request, state, changes);
    }

    private static IResult FirstRound(HttpRequest request, DeltaState state, DirectoryChanges changes)
    {
        var users = DemoDirectory.InScope.Where(u => u.TenantId == state.Tenant && !changes.IsDeleted(u.Id)).ToList();
        var page = users.Skip(state.Offset).Take(PageSize).Select(u => (JsonNode)Render(u, state)).ToArray();
        var body = Body(request, state, page);
        var next = state.Offset + PageSize;
        body[next < users.Count ? "@odata.nextLink" : "@odata.deltaLink"] = next < users.Count
            ? Link(request, "$skiptoken", state with { Offset = next })
            : Link(request, "$deltatoken", state with { Offset = 0 });
        return GraphRequest.Json(body);
    }

    private static IResult Changes(HttpRequest request, DeltaState state, DirectoryChanges changes)
    {
        var now = changes.Version;
        var entries = new List<JsonNode>();
        foreach (var change in changes.Since(state.Version))
        {
            if (DemoDirectory.Find(change.UserId.ToString()) is not { } user || user.TenantId != state.Tenant)
                continue;
            entries.Add(change.RemovedReason is { } reason
                ? new JsonObject { ["id"] = user.Id.ToString(), ["@removed"] = new JsonObject { ["reason"] = reason } }
                : Render(user, state));
        }

        var body = Body(request, state, [.. entries]);
        body["@odata.deltaLink"] = Link(request, "$deltatoken", state with { Version = now, Offset = 0 });
        return GraphRequest.Json(body);
    }

    private static JsonObject Render(DemoUser user, DeltaState state)
    {
        // "The id property is always returned" (user-delta, OData query parameters).
        var select = state.Select.Length == 0 ? null : state.Select.Split(',');
        var body = UserJson.Render(user, select);
        if (!body.ContainsKey("id"))
            body.Insert(0, "id", user.Id.ToString());
        return body;
    }

    private static JsonObject Body(HttpRequest request, DeltaState state, JsonNode[] value) => new()
    {
        ["@odata.context"] = GraphRequest.Context(request, UserJson.Context(state.Select.Length == 0 ? null : state.Select.Split(','))),
        ["value"] = new JsonArray(value),
    };

    private static string Link(HttpRequest request, string name, DeltaState state) =>
        $"{request.Scheme}://{request.Host}/v1.0/users/delta?{name}={state.Write()}";

    private static IResult BadRequest(string message) => GraphErrors.Result(StatusCodes.Status400BadRequest, "Request_BadRequest", message);

    /// <summary>What a token carries: the tenant, the change it starts after, the $select of the first request, the page.</summary>
    private sealed record DeltaState(Guid Tenant, long Version, string Select, int Offset, int Generation)
    {
        public string Write() =>
            WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(FormattableString.Invariant($"{Tenant}|{Version}|{Offset}|{Generation}|{Select}")));

        public static DeltaState? Read(string token)
        {
            try
            {
                var parts = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token)).Split('|', 5);
                return parts.Length == 5 && Guid.TryParse(parts[0], out var tenant)
                    && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
                    && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
                    && int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var generation)
                    ? new DeltaState(tenant, version, parts[4], offset, generation)
                    : null;
            }
            catch (FormatException)
            {
                return null;
            }
        }
    }
}
