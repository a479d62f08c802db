using Azure;
using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.Privacy;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Privacy;

/// <summary>The Memberships table: a person's own index partition (the circles they are in, with their role, and the invitations they have not answered) is theirs alone.</summary>
internal sealed class MembershipsPersonalData(Tables tables) : IPersonalDataStore
{
    public string Store => "Memberships";

    public async Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken cancellationToken = default) =>
        [.. (await OwnRowsAsync(subject, cancellationToken).ConfigureAwait(false)).Select(r => PersonalRows.ToRecord(Store, r, "membership", writtenBySubject: true))];

    public async Task EraseAsync(DataSubject subject, CancellationToken cancellationToken = default)
    {
        foreach (var row in await OwnRowsAsync(subject, cancellationToken).ConfigureAwait(false))
        {
            await tables.Memberships.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <remarks>
    /// The members' and invitees' reach rows go too; a former member's stays (the circle no longer names them), an id pointing
    /// at nothing, until their own erasure.
    /// </remarks>
    public Task ForgetCircleAsync(Circle circle, CancellationToken cancellationToken = default) =>
        Task.WhenAll(circle.Members.Select(m =>
            tables.Memberships.DeleteEntityAsync(Keys.PersonPartition(circle.Tenant, m.PersonId), Keys.Row(circle.Id.Value), ETag.All, cancellationToken))
            .Concat(circle.Invited.Select(i =>
                tables.Memberships.DeleteEntityAsync(
                    Keys.PersonPartition(circle.Tenant, i.PersonId), Keys.InvitationRow(circle.Id.Value), ETag.All, cancellationToken)))
            .Concat(PersonReach.Named(circle).Distinct().Select(p =>
                tables.Memberships.DeleteEntityAsync(Keys.PersonPartition(circle.Tenant, p), Keys.ReachRow(circle.Id.Value), ETag.All, cancellationToken))));

    private async Task<List<TableEntity>> OwnRowsAsync(DataSubject subject, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Keys.PersonPartition(subject.Tenant, subject.Person)}");
        await foreach (var row in tables.Memberships.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }
}
