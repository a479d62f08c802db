using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Mentoring.M365Emulator.Identity;

/// <summary>Mints access tokens in Entra's v1 or v2 shape, signed with the emulator's keys.</summary>
/// <remarks>
/// Claims as learn.microsoft.com/entra/identity-platform/access-token-claims-reference lists them per version. v2:
/// <c>aud</c> the resource's client id, <c>iss</c> https://login.microsoftonline.com/{tid}/v2.0 (here the emulator's base URL),
/// <c>azp</c>/<c>azpacr</c>, <c>preferred_username</c>. v1: <c>aud</c> the App ID URI asked for, <c>iss</c>
/// https://sts.windows.net/{tid}/, <c>appid</c>/<c>appidacr</c>, <c>upn</c>/<c>unique_name</c>. Both: <c>tid</c>, <c>oid</c>,
/// <c>sub</c> (pairwise: one value per user per application, so nobody may use it as the person's id), <c>name</c>, <c>ver</c>,
/// <c>scp</c> for delegated and <c>roles</c> only when roles were assigned.
/// </remarks>
internal sealed class TokenIssuer(SigningKeys keys, Func<Uri> baseUri, TimeProvider time)
{
    /// <summary>The object id of the emulator's own (confidential client) application in every tenant.</summary>
    public static readonly Guid AppObjectId = Guid.Parse("a0000000-0000-4000-8000-0000000000a1");

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>The v2 issuer: the tenant's authority under the emulator's base URL, as login.microsoftonline.com/{tid}/v2.0.</summary>
    public string IssuerFor(Guid tenantId) => $"{baseUri()}{tenantId}/v2.0";

    /// <summary>The v1 issuer, exactly as Entra writes it (the host of the v1 security token service).</summary>
    public static string V1IssuerFor(Guid tenantId) => $"https://sts.windows.net/{tenantId}/";

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

        var v1 = request.Version == 1;
        var claims = Claims(request, v1);
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = request.Issuer ?? (v1 ? V1IssuerFor(request.TenantId) : IssuerFor(request.TenantId)),
            Claims = claims,
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires,
            SigningCredentials = request.SignWithUnknownKey ? keys.UnknownSigning : keys.Signing,
        });
    }

    private static Dictionary<string, object> Claims(TokenRequest request, bool v1)
    {
        var oid = request.User?.Id ?? request.ObjectId ?? AppObjectId;
        var client = request.ClientId ?? DemoDirectory.ApiClientId;
        var claims = new Dictionary<string, object>
        {
            ["aud"] = request.Audience,
            ["tid"] = request.TenantId.ToString(),
            ["oid"] = oid.ToString(),
            ["sub"] = PairwiseSubject(oid, request.Audience),
            ["ver"] = v1 ? "1.0" : "2.0",
            [v1 ? "appid" : "azp"] = client,
            [v1 ? "appidacr" : "azpacr"] = request.ClientAuthentication.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (request.User is { } user)
        {
            claims["name"] = user.DisplayName;
            if (v1)
            {
                claims["upn"] = user.UserPrincipalName;
                claims["unique_name"] = user.UserPrincipalName;
            }
            else
            {
                claims["preferred_username"] = user.UserPrincipalName;
            }
        }

        if (request.Scope is { } scope)
            claims["scp"] = scope;
        if (request.Roles is { Count: > 0 } roles)
            claims["roles"] = roles.ToArray();
        return claims;
    }

    private static string PairwiseSubject(Guid oid, string audience) =>
        Base64UrlEncoder.Encode(SHA256.HashData(Encoding.UTF8.GetBytes($"{oid}|{audience.ToLowerInvariant()}")))[..43];
}
