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
/// Validates the Entra ID bearer token with Microsoft.Identity.Web (signature, issuer, audience, lifetime) and turns it into
/// the acting <see cref="Caller"/>: its tenant (tid) and object id (oid). Functions does not enforce [Authorize], so every
/// trigger calls this first.
/// </summary>
public sealed class CallerAuthenticator(IOptions<AuthOptions> options)
{
    private const string ScopeClaim = "http://schemas.microsoft.com/identity/claims/scope";

    public async Task<Caller?> AuthenticateAsync(HttpRequest request)
    {
        var result = await request.HttpContext.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (!result.Succeeded || result.Principal is not { } principal)
        {
            return null;
        }

        if (!TenantId.TryParse(principal.GetTenantId(), out var tenant) || !PersonId.TryParse(principal.GetObjectId(), out var person))
        {
            return null;
        }

        var allowed = options.Value.AllowedTenants;
        if ((allowed.Count > 0 && !allowed.Contains(tenant.Value)) || !HasScope(principal, options.Value.RequiredScope))
        {
            return null;
        }

        return new Caller(tenant, person, principal.GetDisplayName() ?? "");
    }

    private static bool HasScope(ClaimsPrincipal principal, string scope) =>
        principal.FindAll(ScopeClaim).Concat(principal.FindAll("scp"))
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Contains(scope, StringComparer.Ordinal);
}
