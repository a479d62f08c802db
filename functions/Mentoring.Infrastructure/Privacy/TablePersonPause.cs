using Azure;
using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Privacy;

/// <summary>Pauses in their own table (partition = tenant, row = person): the People row is the directory's copy and is rewritten on refresh.</summary>
/// <remarks>A person who never paused has no row; resuming deletes it, so the table holds only who is paused now.</remarks>
internal sealed class TablePersonPause(Tables tables) : IPersonPause, IPersonalDataStore
{
    public string Store => "Pauses";

    public async Task<bool> IsPausedAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default) =>
        (await tables.Pauses.GetEntityIfExistsAsync<TableEntity>(Keys.Tenant(tenant), Keys.Row(person.Value), cancellationToken: cancellationToken).ConfigureAwait(false)).HasValue;

    /// <summary>One query of the tenant's partition, which holds only who is paused now: cheaper than a read per person of a list.</summary>
    public async Task<IReadOnlySet<PersonId>> PausedAmongAsync(TenantId tenant, IReadOnlyCollection<PersonId> people, CancellationToken cancellationToken = default)
    {
        var paused = new HashSet<PersonId>();
        if (people.Count == 0)
        {
            return paused;
        }

        var asked = people.Select(p => Keys.Row(p.Value)).ToHashSet(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Keys.Tenant(tenant)}");
        await foreach (var row in tables.Pauses.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (asked.Contains(row.RowKey) && Guid.TryParse(row.RowKey, out var id))
            {
                paused.Add(new PersonId(id));
            }
        }

        return paused;
    }

    public Task SetAsync(TenantId tenant, PersonId person, bool paused, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        paused
            ? tables.Pauses.UpsertEntityAsync(new TableEntity(Keys.Tenant(tenant), Keys.Row(person.Value)) { ["PausedAt"] = now }, TableUpdateMode.Replace, cancellationToken)
            : tables.Pauses.DeleteEntityAsync(Keys.Tenant(tenant), Keys.Row(person.Value), ETag.All, cancellationToken);

    public async Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken cancellationToken = default)
    {
        var found = await tables.Pauses.GetEntityIfExistsAsync<TableEntity>(Keys.Tenant(subject.Tenant), Keys.Row(subject.Person.Value), cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? [PersonalRows.ToRecord(Store, found.Value!, "pause", writtenBySubject: true)] : [];
    }

    public Task EraseAsync(DataSubject subject, CancellationToken cancellationToken = default) =>
        SetAsync(subject.Tenant, subject.Person, paused: false, default, cancellationToken);

    public Task ForgetCircleAsync(Circle circle, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
