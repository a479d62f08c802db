using Azure;
using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.Privacy;
using Mentoring.Infrastructure.Agendas;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Privacy;

/// <summary>The AgendaPublish table holds ids, due times and agenda files' ids and hashes only: no personal data; a circle's rows go with it.</summary>
internal sealed class AgendaPublishPersonalData(Tables tables) : IPersonalDataStore
{
    public string Store => "AgendaPublish";

    public Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PersonalRecord>>([]);

    public Task EraseAsync(DataSubject subject, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public async Task ForgetCircleAsync(Circle circle, CancellationToken cancellationToken = default)
    {
        var prefix = Keys.CirclePartition(circle.Tenant, circle.Id) + "_";
        var filter = TableClient.CreateQueryFilter($"RowKey ge {prefix} and RowKey lt {EntryRows.After(prefix)}");
        await foreach (var row in tables.AgendaPublish.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            await tables.AgendaPublish.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        }
    }
}
