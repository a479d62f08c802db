using System.Text.Json.Nodes;

namespace Mentoring.M365Emulator.Identity;

/// <summary>The v2 token endpoint: ROPC for demo users and client credentials for app tokens (Graph, the Bot Connector).</summary>
/// <remarks>
/// Demo only: any non-empty password is accepted for a seeded user. ROPC is used because it is the one
/// real Entra grant that needs no browser, so scripts and tests get user tokens over the real wire format.
/// </remarks>
internal static class TokenEndpoint
{
    public const string GraphResource = AppDirectory.GraphResource;

    /// <summary>The Bot Connector's resource: only a registered bot gets a token for it.</summary>
    public const string BotFrameworkResource = AppDirectory.BotFrameworkResource;

    public static void MapToken(this IEndpointRouteBuilder app, TokenIssuer issuer, EmulatorPermissions permissions, TenantConsents consents, Func<string, bool> isBot)
    {
        var password = new PasswordGrant(issuer, consents);
        var clientCredentials = new ClientCredentialsGrant(issuer, permissions, isBot);
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (string tenant, HttpRequest request) =>
        {
            if (!request.HasFormContentType)
                return OAuthErrors.Result("invalid_request", "The request body must be application/x-www-form-urlencoded.");
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return form["grant_type"].ToString() switch
            {
                "password" => password.Issue(tenant, form),
                "client_credentials" => clientCredentials.Issue(tenant, form),
                "" => OAuthErrors.Result("invalid_request", "The request body must contain the parameter 'grant_type'."),
                var other => OAuthErrors.Result("unsupported_grant_type", $"The grant type '{other}' is not supported."),
            };
        });
    }

    /// <summary>How the client proved itself (azpacr/appidacr): 2 for an assertion, 1 for a secret, 0 for nothing (a public client).</summary>
    public static int ClientAuthentication(IFormCollection form) =>
        form["client_assertion"].ToString().Length > 0 ? 2 : form["client_secret"].ToString().Length > 0 ? 1 : 0;

    /// <summary>Entra's refusal of a confidential client's request that carries neither a secret nor an assertion.</summary>
    public static IResult CredentialsRequired(bool clientCredentialsGrant) => clientCredentialsGrant
        ? OAuthErrors.Aadsts("invalid_client", 7000216,
            "'client_assertion', 'client_secret' or 'request' is required for the 'client_credentials' grant type.", StatusCodes.Status401Unauthorized)
        : OAuthErrors.Aadsts("invalid_client", 7000218,
            "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.", StatusCodes.Status401Unauthorized);

    public static IResult Issued(string token, string? idToken = null)
    {
        var json = new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = 3600,
            ["ext_expires_in"] = 3600,
            ["access_token"] = token,
        };
        if (idToken is not null)
            json["id_token"] = idToken;
        return Results.Json(json);
    }
}
