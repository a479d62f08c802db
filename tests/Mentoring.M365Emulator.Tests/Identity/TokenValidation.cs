using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Mentoring.M365Emulator.Tests.Identity;

/// <summary>Validates a token the way an API would: keys fetched over HTTP from the published JWKS.</summary>
internal static class TokenValidation
{
    public static async Task<TokenValidationResult> ValidateAsync(
        HttpClient http, string token, Guid tenantId, string audience)
    {
        var jwks = new JsonWebKeySet(await http.GetStringAsync($"{tenantId}/discovery/v2.0/keys"));
        return await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = $"{http.BaseAddress}{tenantId}/v2.0",
            ValidAudiences = [audience],
            IssuerSigningKeys = jwks.GetSigningKeys(),
            ClockSkew = TimeSpan.Zero,
        });
    }
}
