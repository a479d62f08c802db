using Mentoring.M365Emulator.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Mentoring.M365Emulator.Graph.Pipeline;

/// <summary>Checks the bearer token the way Graph does: signed by this authority, for Graph, not expired.</summary>
/// <remarks>Graph's registration asks for v1 tokens (it never set requestedAccessTokenVersion), so Entra only ever sends it v1
/// ones: issuer https://sts.windows.net/{tid}/ (learn.microsoft.com/entra/identity-platform/access-tokens, "Token formats").</remarks>
internal sealed class GraphAuthentication(SigningKeys keys, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new();

    /// <summary>The caller (the token's tid, roles and scp) when the token is acceptable, else the reason to send back in a 401.</summary>
    public async Task<(GraphCaller? Caller, string? Rejection)> AuthenticateAsync(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return (null, "Access token is empty.");

        var result = await _handler.ValidateTokenAsync(header["Bearer ".Length..].Trim(), new TokenValidationParameters
        {
            ValidAudience = TokenEndpoint.GraphResource,
            ValidIssuers = [TokenIssuer.V1IssuerFor(DemoDirectory.ContosoTenantId), TokenIssuer.V1IssuerFor(DemoDirectory.FabrikamTenantId)],
            IssuerSigningKey = keys.Signing.Key,
            ClockSkew = TimeSpan.Zero,
            LifetimeValidator = ClockLifetime.Validator(time, TimeSpan.Zero),
        });
        if (!result.IsValid)
            return (null, "Access token validation failure. " + result.Exception?.GetType().Name);

        // Graph scopes every request to the token's tenant: the tid claim, not the mailbox in the path.
        return result.Claims.TryGetValue("tid", out var tid) && Guid.TryParse(tid?.ToString(), out var tenant)
            ? (Caller(tenant, (JsonWebToken)result.SecurityToken), null)
            : (null, "Access token has no tenant (tid) claim.");
    }

    private static GraphCaller Caller(Guid tenant, JsonWebToken token)
    {
        var app = token.TryGetPayloadValue<string>("appid", out var appId) ? appId
            : token.TryGetPayloadValue<string>("azp", out var azp) ? azp : "";
        // A user's token carries scp; an application's carries none (access-token-claims-reference: "idtyp", "scp", "roles").
        var appOnly = !token.Claims.Any(c => c.Type == "scp");
        return new GraphCaller(tenant, Permissions(token), app, appOnly);
    }

    // An app token lists its roles (one claim per role); a user token its delegated scopes (scp, space-separated).
    private static HashSet<string> Permissions(SecurityToken token)
    {
        var claims = ((JsonWebToken)token).Claims.ToList();
        var permissions = claims.Where(c => c.Type == "roles").Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var scp in claims.Where(c => c.Type == "scp"))
            permissions.UnionWith(scp.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return permissions;
    }
}
