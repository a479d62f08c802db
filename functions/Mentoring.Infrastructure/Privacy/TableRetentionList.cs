using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.Privacy;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Privacy;

/// <summary>
/// The Retention table: one row per closed circle (partition "closed", ids and dates only), written by the circle store when
/// a circle closes. A purge claims a row by an ETag-conditional write of its lease, so of two instances only one purges it.
/// </summary>
internal sealed class TableRetentionList(Tables tables) : IRetentionList, IPersonalDataStore
{
    internal const string Partition = "closed";

    /// <summary>The sweep's own row (another partition, so <see cref="DueAsync"/> never reads it): when it last ran.</summary>
    private const string SweepPartition = "sweep";

    public string Store => "Retention";

    /// <summary>Marks a circle closed at <paramref name="closedAt"/> (idempotent: the first date stays).</summary>
    internal static async Task MarkClosedAsync(Tables tables, Circle circle, DateTimeOffset closedAt, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Retention.AddEntityAsync(
                new TableEntity(Partition, Row(circle.Tenant.Value, circle.Id.Value)) { ["TenantId"] = circle.Tenant.Value, ["CircleId"] = circle.Id.Value, ["ClosedAt"] = closedAt },
                cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Already marked: a retried close keeps the first date.
        }
    }

    public async IAsyncEnumerable<Circle> DueAsync(DateTimeOffset cutoff, DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and ClosedAt le {cutoff}");
        await foreach (var row in tables.Retention.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.GetDateTimeOffset("PurgeUntil") is { } lease && lease > now)
            {
                continue;
            }

            var found = await tables.Circles.GetEntityIfExistsAsync<CircleEntity>(
                $"{row.GetGuid("TenantId")}_{row.GetGuid("CircleId")}", Keys.CircleRow, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (found.HasValue)
            {
                yield return CircleMapping.ToCircle(found.Value!);
            }
            else
            {
                // The circle row went last in a purge that crashed before this row: finish it.
                await tables.Retention.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async Task<int> SweepAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var last = await tables.Retention.GetEntityIfExistsAsync<TableEntity>(SweepPartition, SweepPartition, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (last.HasValue && last.Value!.GetDateTimeOffset("SweptAt") is { } swept && now - swept < IRetentionList.SweepEvery)
        {
            return 0;
        }

        // Marking is idempotent (an entry that exists keeps its date), so two instances sweeping at once do no harm.
        var marked = 0;
        var closed = TableClient.CreateQueryFilter($"RowKey eq {Keys.CircleRow} and Status eq {nameof(CircleStatus.Closed)}");
        await foreach (var row in tables.Circles.QueryAsync<CircleEntity>(closed, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var circle = CircleMapping.ToCircle(row);
            var listed = await tables.Retention.GetEntityIfExistsAsync<TableEntity>(Partition, Row(circle.Tenant.Value, circle.Id.Value), select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!listed.HasValue)
            {
                await MarkClosedAsync(tables, circle, now, cancellationToken).ConfigureAwait(false);
                marked++;
            }
        }

        await tables.Retention.UpsertEntityAsync(new TableEntity(SweepPartition, SweepPartition) { ["SweptAt"] = now, ["Marked"] = marked }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        return marked;
    }

    public async Task<ClosedCircle?> ClaimAsync(Circle circle, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        var found = await tables.Retention.GetEntityIfExistsAsync<TableEntity>(Partition, Row(circle.Tenant.Value, circle.Id.Value), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!found.HasValue || circle.Status != CircleStatus.Closed || (found.Value!.GetDateTimeOffset("PurgeUntil") is { } lease && lease > now))
        {
            return null;
        }

        var row = found.Value!;
        try
        {
            var claimed = await tables.Retention.UpdateEntityAsync(new TableEntity(row.PartitionKey, row.RowKey) { ["PurgeUntil"] = until }, row.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            return new ClosedCircle(circle, row.GetDateTimeOffset("ClosedAt") ?? default, claimed.Headers.ETag?.ToString() ?? "");
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return null;
        }
    }

    public async Task DeleteAsync(ClosedCircle claimed, CancellationToken cancellationToken = default)
    {
        var circle = claimed.Circle;
        await tables.Circles.DeleteEntityAsync(Keys.CirclePartition(circle.Tenant, circle.Id), Keys.CircleRow, ETag.All, cancellationToken).ConfigureAwait(false);
        await tables.Retention.DeleteEntityAsync(Partition, Row(circle.Tenant.Value, circle.Id.Value), ETag.All, cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PersonalRecord>>([]);

    public Task EraseAsync(DataSubject subject, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>The circle's own row here is deleted last, by <see cref="DeleteAsync"/>, once everything else went.</summary>
    public Task ForgetCircleAsync(Circle circle, CancellationToken cancellationToken = default) => Task.CompletedTask;

    private static string Row(Guid tenant, Guid circle) => $"{tenant:D}_{circle:D}";
}
