using System.Globalization;
using System.Text.Json.Nodes;
using Mentoring.M365Emulator.Time;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Mentoring.M365Emulator.Graph.Users;

/// <summary>GET /v1.0/users (with $search, $filter, $count), /users/{id|upn} and its mailboxSettings, in Graph's shapes.</summary>
/// <remarks>
/// The pipeline already answers 404 for a user of another tenant; the list is filtered to the token's tenant here, so no
/// search ever returns someone of another directory. A guest has no mailbox in the tenant: their mailboxSettings are
/// Exchange's 404 MailboxNotEnabledForRESTAPI. A user deleted through <see cref="DirectoryChanges"/> is found nowhere.
/// </remarks>
internal static class UserEndpoints
{
    public const int DefaultPageSize = 100;

    public const int MaxPageSize = 999;

    public static void MapUsers(this IEndpointRouteBuilder app, DirectoryChanges changes)
    {
        app.MapGet("/v1.0/users", (HttpRequest request) => List(request, changes));
        app.MapUserDelta(changes);

        app.MapGet("/v1.0/users/{userId}", (string userId, HttpRequest request) =>
        {
            if (DemoDirectory.Find(userId) is not { } user || changes.IsDeleted(user.Id))
                return GraphRequest.UnknownUser(userId);
            var (select, error) = UserJson.ReadSelect(request);
            if (error is not null)
                return error;
            var body = UserJson.Render(user, select);
            body.Insert(0, "@odata.context", GraphRequest.Context(request, UserJson.Context(select) + "/$entity"));
            return GraphRequest.Json(body);
        });

        app.MapGet("/v1.0/users/{userId}/mailboxSettings", (string userId, HttpRequest request) =>
        {
            if (DemoDirectory.Find(userId) is not { } user || changes.IsDeleted(user.Id))
                return GraphRequest.UnknownUser(userId);
            if (user.IsGuest)
                return GraphErrors.Result(StatusCodes.Status404NotFound, "MailboxNotEnabledForRESTAPI", "The mailbox is either inactive, soft-deleted, or is hosted on-premise.");
            var settings = UserJson.MailboxSettings(user);
            var select = request.Query["$select"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var body = new JsonObject { ["@odata.context"] = GraphRequest.Context(request, $"users('{user.Id}')/mailboxSettings") };
            foreach (var (name, value) in settings)
            {
                if (select.Length == 0 || select.Contains(name, StringComparer.OrdinalIgnoreCase))
                    body[name] = value?.DeepClone();
            }

            return GraphRequest.Json(body);
        });
    }

    public static JsonObject WorkingHours(DemoUser user) => new()
    {
        ["daysOfWeek"] = new JsonArray(user.WorkDays.Select(d => (JsonNode)JsonValue.Create(d.ToString().ToLowerInvariant())).ToArray()),
        ["startTime"] = user.WorkStart.ToString("HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
        ["endTime"] = user.WorkEnd.ToString("HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
        ["timeZone"] = user.CustomTimeZone ? GraphTime.CustomZone(user.TimeZone) : new JsonObject { ["name"] = GraphTime.WindowsName(user.TimeZone) },
    };

    private static IResult List(HttpRequest request, DirectoryChanges changes)
    {
        var (select, error) = UserJson.ReadSelect(request);
        if (error is not null)
            return error;
        var topText = request.Query["$top"].ToString();
        var top = DefaultPageSize;
        if (topText.Length > 0 && (!int.TryParse(topText, NumberStyles.None, CultureInfo.InvariantCulture, out top) || top is < 1 or > MaxPageSize))
            return GraphErrors.Result(StatusCodes.Status400BadRequest, "Request_UnsupportedQuery", $"Invalid page size specified: '{topText}'. Must be between 1 and 999 inclusive.");

        Func<DemoUser, bool> match = _ => true;
        var eventual = string.Equals(request.Headers["ConsistencyLevel"].ToString(), "eventual", StringComparison.OrdinalIgnoreCase);
        var search = request.Query["$search"].ToString();
        if (search.Length > 0)
        {
            // Directory $search is an advanced query: Graph refuses it without this header, with exactly these words.
            if (!eventual)
                return GraphErrors.Result(StatusCodes.Status400BadRequest, "Request_UnsupportedQuery", "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'");
            var (parsed, syntax) = UserSearch.Parse(search);
            if (parsed is null)
                return GraphErrors.Result(StatusCodes.Status400BadRequest, "Request_UnsupportedQuery", syntax!);
            match = parsed;
        }

        // An advanced query needs both the header and $count=true (learn.microsoft.com/graph/aad-advanced-queries).
        var counted = eventual && string.Equals(request.Query["$count"].ToString(), "true", StringComparison.OrdinalIgnoreCase);
        var filter = request.Query["$filter"].ToString();
        if (filter.Length > 0)
        {
            var (parsed, refused) = UserFilter.Parse(filter, advanced: counted);
            if (parsed is null)
                return GraphErrors.Result(StatusCodes.Status400BadRequest, "Request_UnsupportedQuery", refused!);
            var searched = match;
            match = u => searched(u) && parsed(u);
        }

        var tenant = CallerTenant(request);
        var found = DemoDirectory.InScope.Where(u => u.TenantId == tenant && !changes.IsDeleted(u.Id) && match(u)).ToList();
        var body = new JsonObject { ["@odata.context"] = GraphRequest.Context(request, UserJson.Context(select)) };

        // Without the header Graph silently ignores $count=true (same page, "Error handling for advanced queries").
        if (counted)
            body["@odata.count"] = found.Count;
        body["value"] = new JsonArray([.. found.Take(top).Select(u => (JsonNode)UserJson.Render(u, select))]);
        return GraphRequest.Json(body);
    }

    /// <summary>The token's tenant; the pipeline validated the token before any handler runs.</summary>
    internal static Guid CallerTenant(HttpRequest request)
    {
        var token = request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        return Guid.Parse(new JsonWebToken(token).GetPayloadValue<string>("tid"));
    }
}
