using Mentoring.Core.Common;
using Mentoring.Core.Teams;
using Mentoring.Infrastructure.Bot;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mentoring.Infrastructure.Graph;

/// <summary>Deep links carrying the tenant's org catalog id of the app (<see cref="TeamsAppCatalog"/>: one lookup per tenant per process).</summary>
/// <remarks>
/// A tenant whose catalog does not have the app (a custom app a person uploaded) keeps the manifest's id, which is then the right
/// one. A lookup that fails (Graph unavailable, AppCatalog.Read.All not granted) also keeps it, logged: an invitation or an agenda
/// is worth more with a link that may not open than not sent at all.
/// </remarks>
internal sealed class CatalogTeamsAppLinks(TeamsAppCatalog catalog, IOptions<BotOptions> bot, ILogger<CatalogTeamsAppLinks> logger) : ITeamsAppLinks
{
    public async Task<Uri> ForTenantAsync(TenantId tenant, Uri configured, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configured);
        var manifestId = bot.Value.TeamsAppId;
        if (manifestId.Length == 0 || !configured.AbsoluteUri.Contains(manifestId, StringComparison.OrdinalIgnoreCase))
        {
            return configured;
        }

        var found = await catalog.CatalogIdAsync(tenant, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            logger.LogWarning("Teams catalog lookup failed for tenant {Tenant} ({Code}): a deep link keeps the manifest's app id", tenant, found.Errors[0].Code);
            return configured;
        }

        return found.Value is { } catalogId
            ? new Uri(configured.AbsoluteUri.Replace(manifestId, Uri.EscapeDataString(catalogId), StringComparison.OrdinalIgnoreCase))
            : configured;
    }
}
