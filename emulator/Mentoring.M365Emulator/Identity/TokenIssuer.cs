using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Mentoring.M365Emulator.Identity;

/// <summary>Mints Entra-v2-shaped access tokens signed with the emulator's keys.</summary>
internal sealed class TokenIssuer(SigningKeys keys, Func<Uri> baseUri, TimeProvider time)
{
    /// <summary>The object id of the emulator's own (confidential client) application in every tenant.</summary>
    public static readonly Guid AppObjectId = Guid.Parse("a0000000-0000-4000-8000-0000000000a1");

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public string IssuerFor(Guid tenantId) => $"{baseUri()}{tenantId}/v2.0";

    public string Create(TokenRequest request)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var notBefore = now.AddSeconds(request.NotBeforeOffsetSeconds);
        var expires = notBefore.AddSeconds(request.LifetimeSeconds);
        if (request.LifetimeSeconds <= 0)
        {
            // An already expired token: it must still have nbf < exp, so both move into the past.
            expires = now.AddSeconds(request.LifetimeSeconds);
            notBefore = expires.AddHours(-1);
        }

        var oid = request.User?.Id ?? request.ObjectId ?? AppObjectId;
        var claims = new Dictionary<string, object>
        {
            ["tid"] = request.TenantId.ToString(),
            ["oid"] = oid.ToString(),
            ["sub"] = oid.ToString(),
            ["ver"] = "2.0",
            ["azp"] = request.ClientId ?? DemoDirectory.ApiClientId,
            ["aud"] = request.Audience,
        };
        if (request.User is { } user)
        {
            claims["name"] = user.DisplayName;
            claims["preferred_username"] = user.UserPrincipalName;
        }

        if (request.Scope is { } scope)
            claims["scp"] = scope;
        if (request.Roles is { } roles)
            claims["roles"] = roles.ToArray();

        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = request.Issuer ?? IssuerFor(request.TenantId),
            Claims = claims,
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires,
            SigningCredentials = request.SignWithUnknownKey ? keys.UnknownSigning : keys.Signing,
        });
    }
}
