using Azure.Data.Tables;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.People;

/// <summary>The people of each tenant, in the People table (partition = tenant): a lookup never sees another tenant.</summary>
/// <remarks>The copy of the directory that <see cref="PeopleLookup"/> reads first; a row without a refresh time counts as stale.</remarks>
public sealed class TablePersonDirectory(Tables tables) : IPersonDirectory
{
    public async Task<IReadOnlyList<Person>> FindAsync(TenantId tenant, IReadOnlyCollection<PersonId> ids, CancellationToken cancellationToken = default) =>
        [.. (await FindCachedAsync(tenant, ids, cancellationToken).ConfigureAwait(false)).Select(c => c.Person)];

    public async Task<IReadOnlyList<CachedPerson>> FindCachedAsync(TenantId tenant, IReadOnlyCollection<PersonId> ids, CancellationToken cancellationToken = default)
    {
        var reads = ids.Distinct().Select(id => tables.People.GetEntityIfExistsAsync<PersonEntity>(Keys.Tenant(tenant), Keys.Row(id.Value), cancellationToken: cancellationToken));
        var found = await Task.WhenAll(reads).ConfigureAwait(false);
        return [.. found.Where(r => r.HasValue).Select(r => new CachedPerson(ToPerson(tenant, r.Value!), r.Value!.RefreshedAt ?? DateTimeOffset.MinValue))];
    }

    public async Task<IReadOnlyList<PersonId>> ListIdsAsync(TenantId tenant, CancellationToken cancellationToken = default)
    {
        var ids = new List<PersonId>();
        var rows = tables.People.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Keys.Tenant(tenant)}"), select: ["RowKey"], cancellationToken: cancellationToken);
        await foreach (var row in rows.ConfigureAwait(false))
        {
            if (Guid.TryParse(row.RowKey, out var id))
            {
                ids.Add(new PersonId(id));
            }
        }

        return ids;
    }

    public Task SaveAsync(Person person, DateTimeOffset refreshedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        return tables.People.UpsertEntityAsync(
            new PersonEntity
            {
                PartitionKey = Keys.Tenant(person.Tenant),
                RowKey = Keys.Row(person.Id.Value),
                DisplayName = person.DisplayName,
                Email = person.Email,
                Locale = person.Locale,
                TimeZone = person.TimeZone,
                UserType = person.UserType == UserType.Guest ? "guest" : "member",
                WorkingHours = person.WorkingHours is { } hours ? StoredJson.Write(hours) : null,
                RefreshedAt = refreshedAt,
            },
            TableUpdateMode.Replace,
            cancellationToken);
    }

    private static Person ToPerson(TenantId tenant, PersonEntity e) =>
        new(tenant, new PersonId(Guid.Parse(e.RowKey)), e.DisplayName, e.Email, e.Locale, e.TimeZone,
            e.UserType == "guest" ? UserType.Guest : UserType.Member,
            e.WorkingHours is { Length: > 0 } json ? StoredJson.Read<WorkingHours>(json) : null);
}
