using Azure;
using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.Privacy;
using Mentoring.Infrastructure.Agendas;
using Mentoring.Infrastructure.Scheduling;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Privacy;

/// <summary>
/// The Circles table's personal data: in each circle's partition, the circle, its sessions and what members wrote. A person's
/// circles are those they are in, and any other where they still wrote something (a peer group they left).
/// </summary>
/// <remarks>Another member's private notes are outside every range read here, as in <see cref="TableCircleBoardStore"/>.</remarks>
internal sealed class CirclesPersonalData(Tables tables) : IPersonalDataStore
{
    private const int MaxBatch = 100;

    public string Store => "Circles";

    public async Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken cancellationToken = default)
    {
        var records = new List<PersonalRecord>();
        var member = subject.Circles.Select(c => Keys.CirclePartition(subject.Tenant, c)).ToHashSet();
        foreach (var partition in await PartitionsAsync(subject, cancellationToken).ConfigureAwait(false))
        {
            await foreach (var row in RowsAsync(partition, subject, cancellationToken).ConfigureAwait(false))
            {
                if (Exported(row, subject, member.Contains(partition)) is { } record)
                {
                    records.Add(record);
                }
            }
        }

        return records;
    }

    public async Task EraseAsync(DataSubject subject, CancellationToken cancellationToken = default)
    {
        var text = new ErasedText(subject);
        foreach (var partition in await PartitionsAsync(subject, cancellationToken).ConfigureAwait(false))
        {
            await foreach (var row in RowsAsync(partition, subject, cancellationToken).ConfigureAwait(false))
            {
                if (PersonalRows.KeyNames(row, subject.Person))
                {
                    await tables.Circles.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
                }
                else if (text.Rewritten(row) is not null)
                {
                    await RowRewrite.RewriteAsync(tables.Circles, row, text, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>
    /// Theirs (by them, or keyed by them): whole. A circle they are in: its row and its sessions (their own meetings). Another
    /// member's row that holds their id: what a member may see of it (<see cref="MemberSight"/>). Anything else: nothing.
    /// </summary>
    private PersonalRecord? Exported(TableEntity row, DataSubject subject, bool memberOfCircle)
    {
        if (PersonalRows.AuthorOf(row) == subject.Person.Value || PersonalRows.KeyNames(row, subject.Person))
        {
            return PersonalRows.ToRecord(Store, row, PersonalRows.KindOf(row, "entry"), writtenBySubject: true);
        }

        if (memberOfCircle && (row.RowKey == Keys.CircleRow || row.RowKey.StartsWith(SessionEntity.RowPrefix, StringComparison.Ordinal)))
        {
            return PersonalRows.ToRecord(Store, row, PersonalRows.KindOf(row, "entry"), writtenBySubject: false);
        }

        return PersonalRows.HoldsId(row, subject.Person) ? MemberSight.Record(Store, row, subject) : null;
    }

    public async Task ForgetCircleAsync(Circle circle, CancellationToken cancellationToken = default)
    {
        var partition = Keys.CirclePartition(circle.Tenant, circle.Id);
        var rows = new List<TableEntity>();
        await foreach (var row in tables.Circles.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.RowKey != Keys.CircleRow)
            {
                rows.Add(row);
            }
        }

        foreach (var batch in rows.Chunk(MaxBatch))
        {
            await tables.Circles.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The partitions of the subject's circles, and of the tenant's other circles where a row is theirs (one filtered scan of the tenant's range).</summary>
    private async Task<IReadOnlyCollection<string>> PartitionsAsync(DataSubject subject, CancellationToken cancellationToken)
    {
        var partitions = subject.Circles.Select(c => Keys.CirclePartition(subject.Tenant, c)).ToHashSet();
        var tenant = subject.Tenant + "_";
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {tenant} and PartitionKey lt {EntryRows.After(tenant)} and AuthorId eq {subject.Person.Value}");
        await foreach (var row in tables.Circles.QueryAsync<TableEntity>(filter, select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            partitions.Add(row.PartitionKey);
        }

        return partitions;
    }

    private IAsyncEnumerable<TableEntity> RowsAsync(string partition, DataSubject subject, CancellationToken cancellationToken)
    {
        var ownNotes = EntryRows.Notes + subject.Person + "_";
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and (RowKey lt {EntryRows.Notes} or RowKey ge {EntryRows.After(EntryRows.Notes)} or (RowKey ge {ownNotes} and RowKey lt {EntryRows.After(ownNotes)}))");
        return tables.Circles.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken);
    }
}
