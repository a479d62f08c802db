using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Tests.People;

/// <summary>The stored copy as a dictionary, for the pure refresh policy of <see cref="PeopleLookup"/>; the table itself is tested on Azurite.</summary>
internal sealed class StoredPeople : IPersonDirectory
{
    private readonly Dictionary<PersonId, CachedPerson> rows = [];

    public List<(Person Person, DateTimeOffset At)> Saves { get; } = [];

    public StoredPeople With(Person person, DateTimeOffset refreshedAt)
    {
        rows[person.Id] = new CachedPerson(person, refreshedAt);
        return this;
    }

    public CachedPerson? Row(PersonId id) => rows.GetValueOrDefault(id);

    public Task<IReadOnlyList<Person>> FindAsync(TenantId tenant, IReadOnlyCollection<PersonId> ids, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The lookup must read the refresh times.");

    public Task<IReadOnlyList<CachedPerson>> FindCachedAsync(TenantId tenant, IReadOnlyCollection<PersonId> ids, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<CachedPerson>>([.. ids.Distinct().Select(Row).OfType<CachedPerson>().Where(c => c.Person.Tenant == tenant)]);

    public Task<IReadOnlyList<PersonId>> ListIdsAsync(TenantId tenant, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PersonId>>([.. rows.Values.Where(c => c.Person.Tenant == tenant).Select(c => c.Person.Id)]);

    public Task SaveAsync(Person person, DateTimeOffset refreshedAt, CancellationToken cancellationToken = default)
    {
        Saves.Add((person, refreshedAt));
        rows[person.Id] = new CachedPerson(person, refreshedAt);
        return Task.CompletedTask;
    }
}
