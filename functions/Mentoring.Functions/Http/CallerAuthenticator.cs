using System.Security.Claims;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

namespace Mentoring.Functions.Http;

/// <summary>
/// Validates the Entra ID bearer token with Microsoft.Identity.Web (signature, issuer, audience, lifetime) and its v2 shape
/// (<see cref="EntraTokenShape"/>), then what this API adds: the tenant is on the allow-list, the client app is one we know (azp, or appid in v1 tokens), the delegated
/// scope is there. The result is the acting <see cref="Caller"/> (tid, oid), or why not: an invalid token is
/// <c>auth.required</c> (401), a valid one refused by these rules is a <see cref="ErrorKind.Forbidden"/> error (403).
/// </summary>
public sealed class CallerAuthenticator(IOptions<AuthOptions> options)
{
    /// <summary>The app role (infra-bicep/entra/app-registration.bicep) of the people who gather cohorts.</summary>
    public const string CoordinatorRole = "Coordinator";

    private const string ScopeClaim = "http://schemas.microsoft.com/identity/claims/scope";

    public async Task<Result<Caller>> AuthenticateAsync(HttpRequest request)
    {
        var result = await request.HttpContext.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (!result.Succeeded || result.Principal is not { } principal
            || !TenantId.TryParse(principal.GetTenantId(), out var tenant) || !PersonId.TryParse(principal.GetObjectId(), out var person))
        {
            return Problems.AuthenticationRequired;
        }

        var auth = options.Value;
        if (!EntraTokenShape.IsV2OfItsTenant(principal, auth.Instance, tenant.Value.ToString()))
        {
            return Problems.AuthenticationRequired;
        }

        if (!auth.AllowedTenants.Contains(tenant.Value))
        {
            return Error.Forbidden("auth.tenant.notAllowed");
        }

        if (!IsKnownClient(principal, auth))
        {
            return Error.Forbidden("auth.client.notAllowed");
        }

        if (!HasScope(principal, auth.RequiredScope))
        {
            return Error.Forbidden("auth.scope.missing", new Dictionary<string, object> { ["scope"] = auth.RequiredScope });
        }

        return new Caller(tenant, person, principal.GetDisplayName() ?? "", HasRole(principal, CoordinatorRole));
    }

    private static bool IsKnownClient(ClaimsPrincipal principal, AuthOptions auth) =>
        Guid.TryParse(principal.FindFirst("azp")?.Value ?? principal.FindFirst("appid")?.Value, out var client)
        && (KnownClients.Microsoft365.Contains(client) || auth.AllowedClients.Contains(client) || (Guid.TryParse(auth.ApiClientId, out var own) && own == client));

    /// <summary>App roles arrive as "roles" (or as the role claim type when inbound claims are mapped).</summary>
    private static bool HasRole(ClaimsPrincipal principal, string role) =>
        principal.FindAll("roles").Concat(principal.FindAll(ClaimTypes.Role)).Any(c => string.Equals(c.Value, role, StringComparison.Ordinal));

    private static bool HasScope(ClaimsPrincipal principal, string scope) =>
        principal.FindAll(ScopeClaim).Concat(principal.FindAll("scp"))
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Contains(scope, StringComparer.Ordinal);
}
