using Azure;
using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.Privacy;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Privacy;

/// <summary>The Meetings table holds hashes of meeting ids and a circle id: no personal data; a circle's rows go with it.</summary>
internal sealed class MeetingsPersonalData(Tables tables) : IPersonalDataStore
{
    public string Store => "Meetings";

    public Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PersonalRecord>>([]);

    public Task EraseAsync(DataSubject subject, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public async Task ForgetCircleAsync(Circle circle, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Keys.Tenant(circle.Tenant)} and CircleId eq {circle.Id.Value}");
        await foreach (var row in tables.Meetings.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            await tables.Meetings.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        }
    }
}
