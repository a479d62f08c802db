using Azure;
using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Scheduling;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Scheduling;

/// <summary>The timer's work list: one row per circle with a series, in a single partition (ids only, no personal data).</summary>
internal sealed class TableScheduledCircles(Tables tables) : IScheduledCircles
{
    private const string Partition = "scheduled";

    public Task AddAsync(TenantId tenant, CircleId circle, CancellationToken cancellationToken = default) =>
        tables.Scheduled.UpsertEntityAsync(new TableEntity(Partition, Keys.CirclePartition(tenant, circle)), TableUpdateMode.Replace, cancellationToken);

    public Task RemoveAsync(TenantId tenant, CircleId circle, CancellationToken cancellationToken = default) =>
        tables.Scheduled.DeleteEntityAsync(Partition, Keys.CirclePartition(tenant, circle), ETag.All, cancellationToken);

    public async Task<IReadOnlyList<(TenantId Tenant, CircleId Circle)>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = new List<(TenantId, CircleId)>();
        await foreach (var row in tables.Scheduled.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var ids = row.RowKey.Split('_');
            rows.Add((new TenantId(Guid.Parse(ids[0])), new CircleId(Guid.Parse(ids[1]))));
        }

        return rows;
    }
}
