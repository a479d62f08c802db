using System.Collections.Concurrent;
using Mentoring.Core.Common;
using Mentoring.Infrastructure.Bot;
using Microsoft.Extensions.Options;

namespace Mentoring.Infrastructure.Graph;

/// <summary>The product's Teams app as each tenant's organization catalog knows it: its catalog id, found by the manifest id.</summary>
/// <remarks>
/// <para>In a tenant, "the app ID generated for the catalog is different from the developer-provided ID" of the manifest, which
/// becomes <c>externalId</c> (learn.microsoft.com/graph/api/resources/teamsapp), and Graph installs by the catalog id
/// (learn.microsoft.com/graph/api/userteamwork-post-installedapps). So it is looked up with
/// <c>GET /appCatalogs/teamsApps?$filter=externalId eq '{manifest id}' and distributionMethod eq 'organization'</c>
/// (learn.microsoft.com/graph/api/appcatalogs-list-teamsapps; application permission AppCatalog.Read.All).</para>
/// <para>Kept in memory, once per tenant per process: one lookup however many first cards leave at once (concurrent callers
/// share it). Lifetime: the process, or until an install answers 404 and <see cref="Forget"/> drops it (an admin who deletes
/// the app and uploads it again gives it a new id). A failed lookup or an app absent from the catalog is not kept: the next
/// card asks again.</para>
/// </remarks>
internal sealed class TeamsAppCatalog(GraphClients clients, IOptions<BotOptions> bot)
{
    private readonly ConcurrentDictionary<TenantId, Lazy<Task<Result<string?>>>> lookups = new();

    /// <summary>How many lookups reached Graph since start: what the benchmark and the tests count.</summary>
    public int Lookups => lookupCount;

    private int lookupCount;

    /// <summary>The tenant's catalog id of the app, or null when the tenant's catalog does not have it.</summary>
    public async Task<Result<string?>> CatalogIdAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var lookup = lookups.GetOrAdd(tenant, t => new Lazy<Task<Result<string?>>>(() => LookUpAsync(t)));
        var found = await lookup.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess || found.Value is null)
        {
            lookups.TryRemove(KeyValuePair.Create(tenant, lookup));
        }

        return found;
    }

    /// <summary>Drops the kept id when it is <paramref name="catalogId"/> (an install with it answered 404), so the next call looks again.</summary>
    public void Forget(TenantId tenant, string catalogId)
    {
        if (lookups.TryGetValue(tenant, out var lookup) && lookup.Value.IsCompletedSuccessfully && lookup.Value.Result is { IsSuccess: true } kept
            && kept.Value == catalogId)
        {
            lookups.TryRemove(KeyValuePair.Create(tenant, lookup));
        }
    }

    // Not the first caller's token: the lookup is shared, and one caller giving up must not fail the others.
    private Task<Result<string?>> LookUpAsync(TenantId tenant) =>
        clients.RunAsync(async () =>
        {
            Interlocked.Increment(ref lookupCount);
            var manifestId = bot.Value.TeamsAppId.Replace("'", "''", StringComparison.Ordinal);
            var apps = await clients.For(tenant).AppCatalogs.TeamsApps.GetAsync(
                r => r.QueryParameters.Filter = $"externalId eq '{manifestId}' and distributionMethod eq 'organization'").ConfigureAwait(false);
            return apps?.Value?.FirstOrDefault()?.Id;
        }, CancellationToken.None);
}
