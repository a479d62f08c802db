using Mentoring.M365Emulator.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Mentoring.M365Emulator.Graph.Pipeline;

/// <summary>Checks the bearer token the way Graph does: signed by this authority, for Graph, not expired.</summary>
internal sealed class GraphAuthentication(SigningKeys keys, TokenIssuer issuer)
{
    private readonly JsonWebTokenHandler _handler = new();

    /// <summary>The caller's tenant (the token's tid) when the token is acceptable, else the reason to send back in a 401.</summary>
    public async Task<(Guid Tenant, string? Rejection)> AuthenticateAsync(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return (Guid.Empty, "Access token is empty.");

        var result = await _handler.ValidateTokenAsync(header["Bearer ".Length..].Trim(), new TokenValidationParameters
        {
            ValidAudience = TokenEndpoint.GraphResource,
            ValidIssuers = [issuer.IssuerFor(DemoDirectory.ContosoTenantId), issuer.IssuerFor(DemoDirectory.FabrikamTenantId)],
            IssuerSigningKey = keys.Signing.Key,
            ClockSkew = TimeSpan.Zero,
        });
        if (!result.IsValid)
            return (Guid.Empty, "Access token validation failure. " + result.Exception?.GetType().Name);

        // Graph scopes every request to the token's tenant: the tid claim, not the mailbox in the path.
        return result.Claims.TryGetValue("tid", out var tid) && Guid.TryParse(tid?.ToString(), out var tenant)
            ? (tenant, null)
            : (Guid.Empty, "Access token has no tenant (tid) claim.");
    }
}
