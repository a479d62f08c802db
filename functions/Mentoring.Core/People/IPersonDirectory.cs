using Mentoring.Core.Common;

namespace Mentoring.Core.People;

/// <summary>The people of one tenant the product has stored: a cache of the directory (see <see cref="PeopleLookup"/>).</summary>
public interface IPersonDirectory
{
    /// <summary>Returns the people found among <paramref name="ids"/>; unknown ids, or ids of another tenant, are absent.</summary>
    Task<IReadOnlyList<Person>> FindAsync(TenantId tenant, IReadOnlyCollection<PersonId> ids, CancellationToken cancellationToken = default);

    /// <summary>The same, with when each was last read from the directory.</summary>
    Task<IReadOnlyList<CachedPerson>> FindCachedAsync(TenantId tenant, IReadOnlyCollection<PersonId> ids, CancellationToken cancellationToken = default);

    /// <summary>The ids of every person of the tenant the product has stored (one partition: never another tenant's rows).</summary>
    Task<IReadOnlyList<PersonId>> ListIdsAsync(TenantId tenant, CancellationToken cancellationToken = default);

    /// <summary>Stores a person read from the directory at <paramref name="refreshedAt"/>, replacing what was stored.</summary>
    Task SaveAsync(Person person, DateTimeOffset refreshedAt, CancellationToken cancellationToken = default);
}
