using Mentoring.M365Emulator.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Mentoring.M365Emulator.BotFramework;

/// <summary>
/// Channel tokens issued by Entra ID in the bot's own tenant (v1 or v2), signed with Entra's keys: the other shape a bot
/// registered as single-tenant or with a user-assigned managed identity is told to accept besides https://api.botframework.com.
/// </summary>
/// <remarks>
/// Microsoft 365 Agents SDK (microsoft/Agents-for-net, the samples' AspNetExtensions.AddAgentAspNetAuthentication): the valid
/// issuers are https://api.botframework.com (keys from login.botframework.com) and, with TokenValidation:TenantId set,
/// https://sts.windows.net/{tenant}/ and https://login.microsoftonline.com/{tenant}/v2.0 (keys from Entra's metadata).
/// The caller's own app id is not documented, so these tokens name none (no azp/appid): nobody may rely on it.
/// </remarks>
internal sealed class EntraChannelTokenIssuer(SigningKeys entraKeys, BotSigningKeys botKeys, TokenIssuer issuer, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public string Create(string botAppId, Guid tenantId, int version, ChannelTokenFlaw flaw)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var notBefore = flaw == ChannelTokenFlaw.Expired ? now.AddHours(-2) : now.AddMinutes(-1);
        var expires = flaw == ChannelTokenFlaw.Expired ? now.AddMinutes(-30) : notBefore.AddHours(1);
        var tenant = flaw == ChannelTokenFlaw.WrongIssuer ? OtherTenant(tenantId) : tenantId;
        var issuedAs = flaw == ChannelTokenFlaw.VersionMismatch ? 3 - version : version;
        var claims = new Dictionary<string, object> { ["tid"] = tenantId.ToString(), ["ver"] = version == 1 ? "1.0" : "2.0" };

        // Nothing documents a serviceurl claim in Entra-issued tokens: none here, so a bot must not need one; a wrong one is a flaw.
        if (flaw == ChannelTokenFlaw.ServiceUrlMismatch)
            claims["serviceurl"] = "https://smba.trafficmanager.net/elsewhere/";

        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuedAs == 1 ? TokenIssuer.V1IssuerFor(tenant) : issuer.IssuerFor(tenant),
            Audience = flaw == ChannelTokenFlaw.WrongAudience ? Guid.Empty.ToString() : botAppId,
            Claims = claims,
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires,
            SigningCredentials = flaw switch
            {
                ChannelTokenFlaw.UnknownKey => entraKeys.UnknownSigning,
                ChannelTokenFlaw.KeyOfTheOtherSource => botKeys.Teams,
                _ => entraKeys.Signing,
            },
        });
    }

    private static Guid OtherTenant(Guid tenantId) =>
        tenantId == DemoDirectory.ContosoTenantId ? DemoDirectory.FabrikamTenantId : DemoDirectory.ContosoTenantId;
}
