using Azure.Data.Tables;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.People;

/// <summary>The people of each tenant, in the People table (partition = tenant): a lookup never sees another tenant.</summary>
public sealed class TablePersonDirectory(Tables tables) : IPersonDirectory
{
    public async Task<IReadOnlyList<Person>> FindAsync(TenantId tenant, IReadOnlyCollection<PersonId> ids, CancellationToken cancellationToken = default)
    {
        var reads = ids.Distinct().Select(id => tables.People.GetEntityIfExistsAsync<PersonEntity>(Keys.Tenant(tenant), Keys.Row(id.Value), cancellationToken: cancellationToken));
        var found = await Task.WhenAll(reads).ConfigureAwait(false);
        return [.. found.Where(r => r.HasValue).Select(r => ToPerson(tenant, r.Value!))];
    }

    /// <summary>Adds or refreshes a person (directory sync, demo seeding).</summary>
    public Task UpsertAsync(Person person, CancellationToken cancellationToken = default) =>
        tables.People.UpsertEntityAsync(
            new PersonEntity
            {
                PartitionKey = Keys.Tenant(person.Tenant),
                RowKey = Keys.Row(person.Id.Value),
                DisplayName = person.DisplayName,
                Email = person.Email,
                Locale = person.Locale,
                TimeZone = person.TimeZone,
            },
            TableUpdateMode.Replace,
            cancellationToken);

    private static Person ToPerson(TenantId tenant, PersonEntity e) =>
        new(tenant, new PersonId(Guid.Parse(e.RowKey)), e.DisplayName, e.Email, e.Locale, e.TimeZone);
}
