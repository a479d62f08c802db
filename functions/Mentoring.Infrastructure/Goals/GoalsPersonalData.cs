using Azure;
using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.Privacy;
using Mentoring.Infrastructure.Privacy;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Goals;

/// <summary>
/// The Goals table's personal data: a goal and its placements are their author's alone (whatever they shared), so an export
/// gives them whole to the author, an erasure deletes them, and a closed circle's retention deletes its partition.
/// </summary>
/// <remarks>Rows are found by the author's id in the row key (<see cref="GoalRows"/>), in the subject's circles only: no scan.</remarks>
internal sealed class GoalsPersonalData(Tables tables) : IPersonalDataStore
{
    public string Store => "Goals";

    public async Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken cancellationToken = default) =>
        [.. (await OwnRowsAsync(subject, cancellationToken).ConfigureAwait(false))
            .Select(r => PersonalRows.ToRecord(Store, r, r.RowKey.StartsWith(GoalRows.Goals, StringComparison.Ordinal) ? "goal" : "placement", writtenBySubject: true))];

    public async Task EraseAsync(DataSubject subject, CancellationToken cancellationToken = default)
    {
        foreach (var row in await OwnRowsAsync(subject, cancellationToken).ConfigureAwait(false))
        {
            await tables.Goals.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task ForgetCircleAsync(Circle circle, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Keys.CirclePartition(circle.Tenant, circle.Id)}");
        await foreach (var row in tables.Goals.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            await tables.Goals.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The subject's rows: in each of their circles, the two key ranges that start with their id.</summary>
    private async Task<List<TableEntity>> OwnRowsAsync(DataSubject subject, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        foreach (var circle in subject.Circles)
        {
            var partition = Keys.CirclePartition(subject.Tenant, circle);
            foreach (var prefix in new[] { GoalRows.Goals, GoalRows.Placements })
            {
                // "{prefix}{id}_" up to "{prefix}{id}`", the character after '_': exactly the rows whose key starts with the prefix.
                var from = $"{prefix}{subject.Person}_";
                var to = from[..^1] + "`";
                var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {from} and RowKey lt {to}");
                await foreach (var row in tables.Goals.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
                {
                    rows.Add(row);
                }
            }
        }

        return rows;
    }
}
