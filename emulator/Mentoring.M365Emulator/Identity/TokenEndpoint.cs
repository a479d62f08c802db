using System.Text.Json.Nodes;

namespace Mentoring.M365Emulator.Identity;

/// <summary>The v2 token endpoint: ROPC for demo users and client credentials for Graph app tokens.</summary>
/// <remarks>
/// Demo only: any non-empty password is accepted for a seeded user. ROPC is used because it is the one
/// real Entra grant that needs no browser, so scripts and tests get user tokens over the real wire format.
/// </remarks>
internal static class TokenEndpoint
{
    public const string GraphResource = "https://graph.microsoft.com";

    private static readonly HashSet<string> OidcScopes = ["openid", "profile", "offline_access", "email"];

    /// <summary>The Bot Connector's resource: only a registered bot gets a token for it.</summary>
    public const string BotFrameworkResource = "https://api.botframework.com";

    public static void MapToken(this IEndpointRouteBuilder app, TokenIssuer issuer, EmulatorPermissions permissions, Func<string, bool> isBot)
    {
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (string tenant, HttpRequest request) =>
        {
            if (!request.HasFormContentType)
                return OAuthErrors.Result("invalid_request", "The request body must be application/x-www-form-urlencoded.");
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return form["grant_type"].ToString() switch
            {
                "password" => Password(issuer, tenant, form),
                "client_credentials" => ClientCredentials(issuer, permissions, isBot, tenant, form),
                "" => OAuthErrors.Result("invalid_request", "The request body must contain the parameter 'grant_type'."),
                var other => OAuthErrors.Result("unsupported_grant_type", $"The grant type '{other}' is not supported."),
            };
        });
    }

    private static IResult Password(TokenIssuer issuer, string tenant, IFormCollection form)
    {
        var clientId = form["client_id"].ToString();
        var username = form["username"].ToString();
        if (clientId.Length == 0 || username.Length == 0 || form["password"].ToString().Length == 0)
            return OAuthErrors.Result("invalid_request", "client_id, username and password are required.");
        if (!TryResource(form["scope"].ToString(), out var audience, out var scope))
            return OAuthErrors.Result("invalid_scope", "The scope must name a resource, e.g. api://x/access_as_user.");
        var user = DemoDirectory.Find(username);
        if (user is null || Guid.TryParse(username, out _))
            return OAuthErrors.Result("invalid_grant", $"User account '{username}' does not exist.");
        if (!OpenIdEndpoints.IsMultiTenant(tenant) && DemoDirectory.ResolveTenant(tenant) != user.TenantId)
            return OAuthErrors.Result("invalid_grant", $"User account '{username}' does not exist in tenant '{tenant}'.");

        return Issued(issuer.Create(new TokenRequest(user.TenantId, audience)
        {
            User = user,
            Scope = scope,
            ClientId = clientId,
        }));
    }

    private static IResult ClientCredentials(TokenIssuer issuer, EmulatorPermissions permissions, Func<string, bool> isBot, string tenant, IFormCollection form)
    {
        if (DemoDirectory.ResolveTenant(tenant) is not { } tenantId)
            return OAuthErrors.Result("invalid_request", "Client credentials need a tenant id or domain, not '" + tenant + "'.");
        var clientId = form["client_id"].ToString();
        if (clientId.Length == 0)
            return OAuthErrors.Result("invalid_request", "The request body must contain the parameter 'client_id'.");
        var scope = form["scope"].ToString();
        if (!scope.EndsWith("/.default", StringComparison.Ordinal))
            return OAuthErrors.Result("invalid_scope", "Client credentials need a '<resource>/.default' scope.");
        var audience = scope[..^"/.default".Length];
        if (audience == BotFrameworkResource && BotRefusal(isBot, tenant, clientId, form) is { } refusal)
            return refusal;

        return Issued(issuer.Create(new TokenRequest(tenantId, audience)
        {
            // The roles the admin consented to, as of now: a later change reaches only tokens issued after it.
            Roles = audience == GraphResource ? permissions.GraphRolesOf(clientId) : [],
            ClientId = clientId,
        }));
    }

    // Entra's answers to a client it does not know, and to a confidential client that did not authenticate.
    private static IResult? BotRefusal(Func<string, bool> isBot, string tenant, string clientId, IFormCollection form)
    {
        if (!isBot(clientId))
            return OAuthErrors.Result("unauthorized_client", $"AADSTS700016: Application with identifier '{clientId}' was not found in the directory '{tenant}'.");
        return form["client_secret"].ToString().Length == 0 && form["client_assertion"].ToString().Length == 0
            ? OAuthErrors.Result("invalid_client", "AADSTS7000216: 'client_assertion', 'client_secret' or 'request' is required for the 'client_credentials' grant type.", StatusCodes.Status401Unauthorized)
            : null;
    }

    // "api://localhost/mentoring-addin/access_as_user openid" -> audience "api://localhost/mentoring-addin", scp "access_as_user".
    private static bool TryResource(string scopes, out string audience, out string scope)
    {
        var first = scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(s => !OidcScopes.Contains(s));
        var slash = first?.LastIndexOf('/') ?? -1;
        audience = slash > 0 ? first![..slash] : "";
        scope = slash > 0 ? first![(slash + 1)..] : "";
        if (scope == ".default")
            scope = "access_as_user";
        return slash > 0;
    }

    private static IResult Issued(string token) =>
        Results.Json(new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = 3600,
            ["ext_expires_in"] = 3600,
            ["access_token"] = token,
        });
}
