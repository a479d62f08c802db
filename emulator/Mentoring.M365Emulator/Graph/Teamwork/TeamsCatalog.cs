using System.Security.Cryptography;
using System.Text;
using Mentoring.M365Emulator.TeamsClient;

namespace Mentoring.M365Emulator.Graph.Teamwork;

/// <summary>
/// Each tenant's organization app catalog: every app of <see cref="TeamsApps"/> is published in every tenant, under a catalog id
/// of that tenant's own.
/// </summary>
/// <remarks>
/// "The app ID generated for the catalog is different from the developer-provided ID found within the Microsoft Teams zip app
/// package" and the manifest id becomes <c>externalId</c> (learn.microsoft.com/graph/api/resources/teamsapp, "id";
/// learn.microsoft.com/graph/api/appcatalogs-list-teamsapps, note). So the catalog id here is derived from the tenant, the manifest
/// id and how many times the tenant's admin published the app: never the manifest id, different per tenant, and new after an app
/// is deleted and uploaded again (<see cref="Republish"/>), which leaves a product that kept the old id installing an app that is
/// gone.
/// </remarks>
public sealed class TeamsCatalog
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(Guid Tenant, string ManifestId), int> _publications = [];
    private readonly HashSet<(Guid Tenant, string ManifestId)> _withdrawn = [];

    internal TeamsCatalog(TeamsApps apps) => Apps = apps;

    internal TeamsApps Apps { get; }

    /// <summary>The tenant's catalog id of the app whose manifest id is <paramref name="manifestId"/>.</summary>
    public string CatalogId(Guid tenant, string manifestId)
    {
        ArgumentNullException.ThrowIfNull(manifestId);
        int publication;
        lock (_gate)
            publication = _publications.GetValueOrDefault((tenant, manifestId.ToLowerInvariant()));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"catalog|{tenant}|{manifestId.ToLowerInvariant()}|{publication}"));
        return new Guid(hash.AsSpan(0, 16)).ToString();
    }

    /// <summary>The tenant's admin deletes the app from the catalog and uploads it again: it gets a new catalog id there.</summary>
    public void Republish(Guid tenant, string manifestId)
    {
        ArgumentNullException.ThrowIfNull(manifestId);
        lock (_gate)
        {
            var key = (tenant, manifestId.ToLowerInvariant());
            _publications[key] = _publications.GetValueOrDefault(key) + 1;
            _withdrawn.Remove(key);
        }
    }

    /// <summary>The tenant's admin deletes the app from the catalog: Graph no longer lists it there, nor installs it (until <see cref="Republish"/>).</summary>
    public void Withdraw(Guid tenant, string manifestId)
    {
        ArgumentNullException.ThrowIfNull(manifestId);
        lock (_gate)
            _withdrawn.Add((tenant, manifestId.ToLowerInvariant()));
    }

    /// <summary>The manifest ids of the apps in the tenant's catalog.</summary>
    internal IEnumerable<string> ManifestIds(Guid tenant)
    {
        lock (_gate)
            return [.. Apps.ManifestIds().Where(m => !_withdrawn.Contains((tenant, m.ToLowerInvariant())))];
    }

    /// <summary>The manifest id of the tenant's catalog entry <paramref name="catalogId"/>, or null when the tenant has no such entry.</summary>
    internal string? ManifestIdOf(Guid tenant, string catalogId) =>
        ManifestIds(tenant).FirstOrDefault(m => string.Equals(CatalogId(tenant, m), catalogId, StringComparison.OrdinalIgnoreCase));

    /// <summary>Forgets republications and withdrawals: every tenant's catalog ids are the first ones again.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _publications.Clear();
            _withdrawn.Clear();
        }
    }
}
