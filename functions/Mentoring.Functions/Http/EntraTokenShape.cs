using System.Security.Claims;

namespace Mentoring.Functions.Http;

/// <summary>
/// What Entra ID issues for this API's registration and nothing else: it asks for v2 access tokens
/// (<c>requestedAccessTokenVersion: 2</c> in infra-bicep/entra/app-registration.bicep), so every genuine token has
/// <c>ver</c> "2.0", the v2 issuer {instance}/{tid}/v2.0 of its own tenant, and the API's client id as <c>aud</c> (checked by the
/// JWT handler). A v1 token (<c>ver</c> "1.0", issuer https://sts.windows.net/{tid}/, the App ID URI as <c>aud</c>) would mean
/// another registration or a forged shape, so it is refused like an invalid token.
/// </summary>
/// <remarks>learn.microsoft.com/entra/identity-platform/access-token-claims-reference (<c>aud</c>, <c>iss</c>, <c>ver</c>) and
/// learn.microsoft.com/entra/identity-platform/access-tokens ("Token formats": the resource decides the version).</remarks>
internal static class EntraTokenShape
{
    public static bool IsV2OfItsTenant(ClaimsPrincipal principal, string instance, string tenantId)
    {
        if (principal.FindFirst("ver")?.Value != "2.0")
        {
            return false;
        }

        var issuer = principal.FindFirst("iss")?.Value ?? principal.FindFirst("tid")?.Issuer;
        return string.Equals(issuer, $"{instance.TrimEnd('/')}/{tenantId}/v2.0", StringComparison.Ordinal);
    }
}
