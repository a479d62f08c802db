using Mentoring.M365Emulator.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Mentoring.M365Emulator.Graph.Pipeline;

/// <summary>Checks the bearer token the way Graph does: signed by this authority, for Graph, not expired.</summary>
internal sealed class GraphAuthentication(SigningKeys keys, TokenIssuer issuer)
{
    private readonly JsonWebTokenHandler _handler = new();

    /// <summary>Returns null when the token is acceptable, else the reason to send back in a 401.</summary>
    public async Task<string?> RejectAsync(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return "Access token is empty.";

        var result = await _handler.ValidateTokenAsync(header["Bearer ".Length..].Trim(), new TokenValidationParameters
        {
            ValidAudience = TokenEndpoint.GraphResource,
            ValidIssuers = [issuer.IssuerFor(DemoDirectory.ContosoTenantId), issuer.IssuerFor(DemoDirectory.FabrikamTenantId)],
            IssuerSigningKey = keys.Signing.Key,
            ClockSkew = TimeSpan.Zero,
        });
        return result.IsValid ? null : "Access token validation failure. " + result.Exception?.GetType().Name;
    }
}
