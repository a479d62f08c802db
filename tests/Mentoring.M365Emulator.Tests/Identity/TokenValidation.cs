using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Mentoring.M365Emulator.Tests.Identity;

/// <summary>Validates a token the way an API would: keys fetched over HTTP from the published JWKS.</summary>
internal static class TokenValidation
{
    public static async Task<TokenValidationResult> ValidateAsync(
        HttpClient http, string token, Guid tenantId, string audience, TimeProvider time)
    {
        var jwks = new JsonWebKeySet(await http.GetStringAsync($"{tenantId}/discovery/v2.0/keys"));
        return await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = $"{http.BaseAddress}{tenantId}/v2.0",
            ValidAudiences = [audience],
            IssuerSigningKeys = jwks.GetSigningKeys(),
            LifetimeValidator = Lifetime(time, TimeSpan.Zero),
        });
    }

    /// <summary>A v1 token (Graph, the Bot Framework): issuer https://sts.windows.net/{tid}/, keys from the v1 metadata's jwks_uri.</summary>
    public static async Task<TokenValidationResult> ValidateV1Async(
        HttpClient http, string token, Guid tenantId, string audience, TimeProvider time)
    {
        using var metadata = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync($"{tenantId}/.well-known/openid-configuration"));
        var jwks = new JsonWebKeySet(await http.GetStringAsync(metadata.RootElement.GetProperty("jwks_uri").GetString()));
        return await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = metadata.RootElement.GetProperty("issuer").GetString(),
            ValidAudiences = [audience],
            IssuerSigningKeys = jwks.GetSigningKeys(),
            LifetimeValidator = Lifetime(time, TimeSpan.Zero),
        });
    }

    /// <summary>The library's lifetime rule, with its exceptions, on the emulator's clock rather than the machine's.</summary>
    public static LifetimeValidator Lifetime(TimeProvider time, TimeSpan skew) => (notBefore, expires, _, _) =>
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (notBefore is { } from && from > now + skew)
            throw new SecurityTokenNotYetValidException($"Not valid before {from:O} (now {now:O}).") { NotBefore = from };
        if (expires is not { } until || until < now - skew)
            throw new SecurityTokenExpiredException($"Expired at {expires:O} (now {now:O}).") { Expires = expires ?? DateTime.MinValue };
        return true;
    };
}
