using Azure;
using Azure.Data.Tables;
using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Agendas;

/// <summary>The publishing work list: one row per session (ids and a due time, no personal data) in a single partition.</summary>
/// <remarks>
/// Every mark rewrites its row, so its ETag changes: the timer deletes a row with the ETag it read, and a mark made while it
/// was publishing makes that delete fail and the row stay for the next run. Edits therefore never go unpublished.
/// </remarks>
internal sealed class TableAgendaPublishQueue(Tables tables) : IAgendaPublishQueue
{
    private const string Partition = "due";

    public async Task MarkAsync(TenantId tenant, CircleId circle, string sessionId, DateTimeOffset due, CancellationToken cancellationToken = default)
    {
        var row = $"{Keys.CirclePartition(tenant, circle)}_{sessionId}";
        var existing = await tables.AgendaPublish.GetEntityIfExistsAsync<TableEntity>(Partition, row, cancellationToken: cancellationToken).ConfigureAwait(false);
        var earlier = existing.HasValue && existing.Value!.GetDateTimeOffset("Due") is { } set && set < due ? set : due;
        var entity = new TableEntity(Partition, row)
        {
            ["Due"] = earlier,
            ["TenantId"] = tenant.Value,
            ["CircleId"] = circle.Value,
            ["SessionId"] = sessionId,
        };
        await tables.AgendaPublish.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AgendaToPublish>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var rows = new List<AgendaToPublish>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and Due le {now}");
        await foreach (var e in tables.AgendaPublish.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new AgendaToPublish(new TenantId(e.GetGuid("TenantId")!.Value), new CircleId(e.GetGuid("CircleId")!.Value), e.GetString("SessionId"), e.GetDateTimeOffset("Due")!.Value, e.ETag.ToString()));
        }

        return rows;
    }

    public async Task CompleteAsync(AgendaToPublish published, CancellationToken cancellationToken = default)
    {
        try
        {
            await tables.AgendaPublish.DeleteEntityAsync(Partition, $"{Keys.CirclePartition(published.Tenant, published.Circle)}_{published.SessionId}", new ETag(published.Version), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            // Marked again while it was being published: the row stays and the next run publishes the newer agenda.
        }
    }

    public async Task DeferAsync(AgendaToPublish published, DateTimeOffset due, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(published);
        var entity = new TableEntity(Partition, $"{Keys.CirclePartition(published.Tenant, published.Circle)}_{published.SessionId}") { ["Due"] = due };
        try
        {
            await tables.AgendaPublish.UpdateEntityAsync(entity, new ETag(published.Version), TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            // Marked again (or completed) meanwhile: the row as it is now decides when it is published.
        }
    }
}
