using Azure;
using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.Privacy;
using Mentoring.Infrastructure.Privacy;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Relationship;

/// <summary>
/// The Relationship table's personal data. A member's confirmations and pulse answers are theirs: exported, erased. The agreement's
/// terms are the circle's, agreed by every member: exported to each member; an erasure removes only who wrote it (the others keep
/// what they agreed to). A closed circle's retention deletes its partition.
/// </summary>
internal sealed class RelationshipPersonalData(Tables tables) : IPersonalDataStore
{
    public string Store => "Relationship";

    public async Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken cancellationToken = default)
    {
        var records = new List<PersonalRecord>();
        foreach (var circle in subject.Circles)
        {
            var partition = Keys.CirclePartition(subject.Tenant, circle);
            await foreach (var row in tables.Relationship.QueryAsync<TableEntity>(Filter(partition), cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                var written = row.RowKey != RelationshipRows.AgreementKey || row.GetGuid("WrittenBy") == subject.Person.Value;
                if (row.RowKey == RelationshipRows.AgreementKey || PersonalRows.KeyNames(row, subject.Person))
                {
                    records.Add(PersonalRows.ToRecord(Store, row, PersonalRows.KindOf(row, "agreement"), written));
                }
            }
        }

        return records;
    }

    public async Task EraseAsync(DataSubject subject, CancellationToken cancellationToken = default)
    {
        foreach (var circle in subject.Circles)
        {
            var partition = Keys.CirclePartition(subject.Tenant, circle);
            await foreach (var row in tables.Relationship.QueryAsync<TableEntity>(Filter(partition), cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (PersonalRows.KeyNames(row, subject.Person))
                {
                    await tables.Relationship.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
                }
                else if (row.RowKey == RelationshipRows.AgreementKey && row.GetGuid("WrittenBy") == subject.Person.Value)
                {
                    row["WrittenBy"] = Guid.Empty;
                    await tables.Relationship.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    public async Task ForgetCircleAsync(Circle circle, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var filter = Filter(Keys.CirclePartition(circle.Tenant, circle.Id));
        await foreach (var row in tables.Relationship.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            await tables.Relationship.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A circle's partition is a handful of rows (one agreement, a confirmation and a few answers a member): read whole.</summary>
    private static string Filter(string partition) => TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
}
