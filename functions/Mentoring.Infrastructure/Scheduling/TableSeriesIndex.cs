using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Scheduling.Adoption;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Scheduling;

/// <summary>
/// Calendar items → circles, in the meetings table (one partition per tenant), keyed by a SHA-256 of the event id (Graph ids
/// hold '/' and '+', which a row key may not). A claim is an insert: Table Storage refuses a second one, so of two circles
/// racing for one item exactly one holds it.
/// </summary>
internal sealed class TableSeriesIndex(Tables tables) : ISeriesIndex
{
    public async Task<CircleId> ClaimAsync(TenantId tenant, string eventId, CircleId circle, CancellationToken cancellationToken = default)
    {
        try
        {
            await tables.Meetings.AddEntityAsync(new TableEntity(Keys.Tenant(tenant), Row(eventId)) { ["CircleId"] = circle.Value }, cancellationToken).ConfigureAwait(false);
            return circle;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return await FindAsync(tenant, eventId, cancellationToken).ConfigureAwait(false) ?? circle;
        }
    }

    public async Task<CircleId?> FindAsync(TenantId tenant, string eventId, CancellationToken cancellationToken = default)
    {
        var found = await tables.Meetings.GetEntityIfExistsAsync<TableEntity>(Keys.Tenant(tenant), Row(eventId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue && found.Value!.GetGuid("CircleId") is { } id ? new CircleId(id) : null;
    }

    public async Task ReleaseAsync(TenantId tenant, string eventId, CircleId circle, CancellationToken cancellationToken = default)
    {
        var found = await tables.Meetings.GetEntityIfExistsAsync<TableEntity>(Keys.Tenant(tenant), Row(eventId), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (found.HasValue && found.Value!.GetGuid("CircleId") == circle.Value)
        {
            // With the ETag read: a claim made since by another circle is not removed.
            try
            {
                await tables.Meetings.DeleteEntityAsync(found.Value, found.Value.ETag, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
            }
        }
    }

    private static string Row(string eventId) => "item_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(eventId.Trim())));
}
