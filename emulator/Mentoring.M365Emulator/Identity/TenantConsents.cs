using System.Collections.Concurrent;

namespace Mentoring.M365Emulator.Identity;

/// <summary>
/// Which client apps each demo tenant consented to, per resource (Entra's oauth2PermissionGrants): by default an admin of each
/// demo tenant consented to the product's API for its own front end, as the deployment's README asks an administrator to do.
/// </summary>
/// <remarks>
/// Without a grant, a pre-authorization by the resource (Teams, Outlook and Office for the API), or Microsoft's own consent for
/// its first-party apps to Graph, a user token request is refused with AADSTS65001 (consent_required). Change it in process
/// (<c>emulator.Consents.Revoke(tenant, clientId)</c>) to see what a tenant that never consented gets.
/// </remarks>
public sealed class TenantConsents
{
    private readonly ConcurrentDictionary<(Guid Tenant, string Client, string Resource), bool> _grants = new();

    public TenantConsents() => Reset();

    /// <summary>An admin consents, for everyone in <paramref name="tenantId"/>, to <paramref name="clientId"/> calling the resource.</summary>
    public void Grant(Guid tenantId, string clientId, string resourceClientId) =>
        _grants[(tenantId, clientId.ToLowerInvariant(), resourceClientId.ToLowerInvariant())] = true;

    /// <summary>Removes every grant of <paramref name="clientId"/> in the tenant (the admin revoked the app's consent).</summary>
    public void Revoke(Guid tenantId, string clientId)
    {
        foreach (var key in _grants.Keys.Where(k => k.Tenant == tenantId && k.Client == clientId.ToLowerInvariant()))
            _grants.TryRemove(key, out _);
    }

    public bool IsGranted(Guid tenantId, string clientId, string resourceClientId) =>
        _grants.ContainsKey((tenantId, clientId.ToLowerInvariant(), resourceClientId.ToLowerInvariant()));

    /// <summary>Back to the demo tenants' grants: each consented to the API for the API's own client.</summary>
    public void Reset()
    {
        _grants.Clear();
        foreach (var tenant in new[] { DemoDirectory.ContosoTenantId, DemoDirectory.FabrikamTenantId })
            Grant(tenant, DemoDirectory.ApiClientId, DemoDirectory.ApiClientId);
    }
}
