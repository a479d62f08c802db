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
/// circles are those their own index lists (<see cref="Mentoring.Core.Privacy.IPersonCircles"/>): the circles they are in, and
/// those they were in or invited into, where what they wrote may remain (a peer group they left). No other partition is read.
/// </summary>
/// <remarks>Another member's private notes are outside every range read here, as in <see cref="TableCircleBoardStore"/>.</remarks>
internal sealed class CirclesPersonalData(Tables tables) : IPersonalDataStore
{
    private const int MaxBatch = 100;

    public string Store => "Circles";

    public async Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken cancellationToken = default)
    {
        var records = new List<PersonalRecord>();
        foreach (var circle in subject.Circles.Distinct())
        {
            var rows = await RowsAsync(Keys.CirclePartition(subject.Tenant, circle), subject, cancellationToken).ConfigureAwait(false);
            var member = rows.Any(r => r.RowKey == Keys.CircleRow && IsMember(r, subject));
            records.AddRange(rows.Select(r => Exported(r, subject, member)).OfType<PersonalRecord>());
        }

        return records;
    }

    public async Task EraseAsync(DataSubject subject, CancellationToken cancellationToken = default)
    {
        var text = new ErasedText(subject);
        foreach (var circle in subject.Circles.Distinct())
        {
            foreach (var row in await RowsAsync(Keys.CirclePartition(subject.Tenant, circle), subject, cancellationToken).ConfigureAwait(false))
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
    /// Theirs (by them, or keyed by them): whole. A circle they are in: its row and its sessions (their own meetings). A circle
    /// they only were in or were invited into: not its row (an invitee sees its name, kind and inviter, from their own index).
    /// Another member's row that holds their id: what a member may see of it (<see cref="MemberSight"/>). Anything else: nothing.
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

        if (row.RowKey == Keys.CircleRow)
        {
            return null;
        }

        return PersonalRows.HoldsId(row, subject.Person) ? MemberSight.Record(Store, row, subject) : null;
    }

    /// <summary>The circle row lists them among its members (an invitee is in its invitations, not its members).</summary>
    private static bool IsMember(TableEntity circleRow, DataSubject subject) =>
        circleRow.GetString("MembersJson") is { } members && members.Contains(subject.Person.ToString(), StringComparison.OrdinalIgnoreCase);

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

    private async Task<List<TableEntity>> RowsAsync(string partition, DataSubject subject, CancellationToken cancellationToken)
    {
        var ownNotes = EntryRows.Notes + subject.Person + "_";
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and (RowKey lt {EntryRows.Notes} or RowKey ge {EntryRows.After(EntryRows.Notes)} or (RowKey ge {ownNotes} and RowKey lt {EntryRows.After(ownNotes)}))");
        var rows = new List<TableEntity>();
        await foreach (var row in tables.Circles.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }
}
