using Azure;
using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Scheduling.Notifications;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Scheduling.Notifications;

/// <summary>The sync marks, kept on the circle's row of the timer's work list (ScheduledCircles): no row, no circle to sync.</summary>
/// <remarks>Ids and times only. Listing a circle again replaces its row, and with it the mark: the next notification then syncs.</remarks>
internal sealed class TableCircleSyncMarks(Tables tables) : ICircleSyncMarks
{
    public async Task<CircleSyncMark?> FindAsync(TenantId tenant, CircleId circle, CancellationToken cancellationToken = default)
    {
        var found = await tables.Scheduled.GetEntityIfExistsAsync<TableEntity>(Keys.Tenant(tenant), Keys.Row(circle.Value), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return found.HasValue ? Read(found.Value!) : null;
    }

    public async Task<CircleSyncMark?> ClaimAsync(
        TenantId tenant, CircleId circle, CircleSyncMark seen, DateTimeOffset startedAt, string changeKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seen);
        var row = new TableEntity(Keys.Tenant(tenant), Keys.Row(circle.Value)) { ["SyncStartedAt"] = startedAt, ["SyncChangeKey"] = changeKey };
        try
        {
            var response = await tables.Scheduled.UpdateEntityAsync(row, new ETag(seen.Version), TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            return new CircleSyncMark(startedAt, changeKey, response.Headers.ETag?.ToString() ?? "");
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return null;
        }
    }

    public async Task RestoreAsync(TenantId tenant, CircleId circle, CircleSyncMark claimed, CircleSyncMark previous, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        ArgumentNullException.ThrowIfNull(previous);
        var row = new TableEntity(Keys.Tenant(tenant), Keys.Row(circle.Value)) { ["SyncStartedAt"] = previous.StartedAt, ["SyncChangeKey"] = previous.ChangeKey };
        try
        {
            await tables.Scheduled.UpdateEntityAsync(row, new ETag(claimed.Version), TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Another sync claimed it since, or the circle was unlisted: its mark stands.
        }
    }

    private static CircleSyncMark Read(TableEntity row) =>
        new(row.GetDateTimeOffset("SyncStartedAt"), row.GetString("SyncChangeKey") ?? "", row.ETag.ToString());
}
