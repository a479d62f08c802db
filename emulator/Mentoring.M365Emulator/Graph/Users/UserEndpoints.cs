using System.Globalization;
using System.Text.Json.Nodes;
using Mentoring.M365Emulator.Time;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Mentoring.M365Emulator.Graph.Users;

/// <summary>GET /v1.0/users (with $search), /users/{id|upn} and its mailboxSettings, in Graph's shapes.</summary>
/// <remarks>
/// The pipeline already answers 404 for a user of another tenant; the list is filtered to the token's tenant here, so no
/// search ever returns someone of another directory. A guest has no mailbox in the tenant: their mailboxSettings are
/// Exchange's 404 MailboxNotEnabledForRESTAPI.
/// </remarks>
internal static class UserEndpoints
{
    public const int DefaultPageSize = 100;

    public const int MaxPageSize = 999;

    public static void MapUsers(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1.0/users", (HttpRequest request) => List(request));

        app.MapGet("/v1.0/users/{userId}", (string userId, HttpRequest request) =>
        {
            if (DemoDirectory.Find(userId) is not { } user)
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
            if (DemoDirectory.Find(userId) is not { } user)
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

    private static IResult List(HttpRequest request)
    {
        var (select, error) = UserJson.ReadSelect(request);
        if (error is not null)
            return error;
        var topText = request.Query["$top"].ToString();
        var top = DefaultPageSize;
        if (topText.Length > 0 && (!int.TryParse(topText, NumberStyles.None, CultureInfo.InvariantCulture, out top) || top is < 1 or > MaxPageSize))
            return GraphErrors.Result(StatusCodes.Status400BadRequest, "Request_UnsupportedQuery", $"Invalid page size specified: '{topText}'. Must be between 1 and 999 inclusive.");

        Func<DemoUser, bool> match = _ => true;
        var search = request.Query["$search"].ToString();
        if (search.Length > 0)
        {
            // Directory $search is an advanced query: Graph refuses it without this header, with exactly these words.
            if (!string.Equals(request.Headers["ConsistencyLevel"].ToString(), "eventual", StringComparison.OrdinalIgnoreCase))
                return GraphErrors.Result(StatusCodes.Status400BadRequest, "Request_UnsupportedQuery", "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'");
            var (parsed, syntax) = UserSearch.Parse(search);
            if (parsed is null)
                return GraphErrors.Result(StatusCodes.Status400BadRequest, "Request_UnsupportedQuery", syntax!);
            match = parsed;
        }

        var tenant = CallerTenant(request);
        var users = DemoDirectory.Users.Where(u => u.TenantId == tenant && match(u)).Take(top);
        return GraphRequest.Json(new JsonObject
        {
            ["@odata.context"] = GraphRequest.Context(request, UserJson.Context(select)),
            ["value"] = new JsonArray([.. users.Select(u => (JsonNode)UserJson.Render(u, select))]),
        });
    }

    /// <summary>The token's tenant; the pipeline validated the token before any handler runs.</summary>
    internal static Guid CallerTenant(HttpRequest request)
    {
        var token = request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        return Guid.Parse(new JsonWebToken(token).GetPayloadValue<string>("tid"));
    }
}
