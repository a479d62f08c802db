using Azure;
using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Scheduling;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Scheduling;

/// <summary>The timer's work list: one row per listed circle, partitioned by tenant, ids only (no personal data); the unfinished marks in a partition of their own.</summary>
/// <remarks>
/// Read a page at a time (<see cref="PageSize"/> rows, the ids only): the next page is fetched only when the timer has visited
/// the previous one, so a long list is never held in memory, and rows removed while visiting do not disturb the continuation.
/// </remarks>
internal sealed class TableScheduledCircles(Tables tables) : IScheduledCircles
{
    /// <summary>Rows per storage request; Table Storage returns at most 1,000.</summary>
    internal const int PageSize = 100;

    /// <summary>The partition of the unfinished marks: not a tenant id, so the tenants' rows never mix with them.</summary>
    internal const string UnfinishedPartition = "unfinished";

    public async Task AddAsync(TenantId tenant, CircleId circle, CancellationToken cancellationToken = default)
    {
        await tables.Scheduled.UpsertEntityAsync(new TableEntity(Keys.Tenant(tenant), Keys.Row(circle.Value)), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        await MarkUnfinishedAsync(tenant, circle, cancellationToken).ConfigureAwait(false);
    }

    public async Task RemoveAsync(TenantId tenant, CircleId circle, CancellationToken cancellationToken = default)
    {
        await MarkFinishedAsync(tenant, circle, cancellationToken).ConfigureAwait(false);
        await tables.Scheduled.DeleteEntityAsync(Keys.Tenant(tenant), Keys.Row(circle.Value), ETag.All, cancellationToken).ConfigureAwait(false);
    }

    public Task MarkUnfinishedAsync(TenantId tenant, CircleId circle, CancellationToken cancellationToken = default) =>
        tables.Scheduled.UpsertEntityAsync(new TableEntity(UnfinishedPartition, UnfinishedRow(tenant, circle)), TableUpdateMode.Replace, cancellationToken);

    public Task MarkFinishedAsync(TenantId tenant, CircleId circle, CancellationToken cancellationToken = default) =>
        tables.Scheduled.DeleteEntityAsync(UnfinishedPartition, UnfinishedRow(tenant, circle), ETag.All, cancellationToken);

    public async IAsyncEnumerable<ScheduledCircle> ListUnfinishedAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var rows = tables.Scheduled.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {UnfinishedPartition}"), select: ["RowKey", "Timestamp"], cancellationToken: cancellationToken);
        await foreach (var page in rows.AsPages(pageSizeHint: PageSize).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var row in page.Values)
            {
                var ids = row.RowKey.Split('_');
                if (ids.Length == 2 && TenantId.TryParse(ids[0], out var tenant) && CircleId.TryParse(ids[1], out var circle))
                {
                    yield return new ScheduledCircle(tenant, circle, row.Timestamp ?? DateTimeOffset.MinValue);
                }
            }
        }
    }

    public IAsyncEnumerable<ScheduledCircle> ListAsync(CancellationToken cancellationToken = default) => ListAsync(PageSize, cancellationToken);

    public IAsyncEnumerable<ScheduledCircle> ListAfterAsync(ScheduledCircle? after, CancellationToken cancellationToken = default) =>
        ListAsync(PageSize, cancellationToken, after);

    internal async IAsyncEnumerable<ScheduledCircle> ListAsync(
        int pageSize, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default, ScheduledCircle? after = null)
    {
        // Resuming after a row is a key range query: the rows of its tenant after it, then every later tenant.
        var filter = after is null ? TableClient.CreateQueryFilter($"PartitionKey ne {UnfinishedPartition}") : TableClient.CreateQueryFilter(
            $"(PartitionKey eq {Keys.Tenant(after.Tenant)} and RowKey gt {Keys.Row(after.Circle.Value)}) or (PartitionKey gt {Keys.Tenant(after.Tenant)} and PartitionKey ne {UnfinishedPartition})");
        var rows = tables.Scheduled.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey", "Timestamp"], cancellationToken: cancellationToken);
        await foreach (var page in rows.AsPages(pageSizeHint: pageSize).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var row in page.Values)
            {
                // A row this code did not write (an older layout) is skipped rather than stopping the whole list.
                if (TenantId.TryParse(row.PartitionKey, out var tenant) && CircleId.TryParse(row.RowKey, out var circle))
                {
                    yield return new ScheduledCircle(tenant, circle, row.Timestamp ?? DateTimeOffset.MinValue);
                }
            }
        }
    }

    private static string UnfinishedRow(TenantId tenant, CircleId circle) => $"{Keys.Tenant(tenant)}_{Keys.Row(circle.Value)}";
}
