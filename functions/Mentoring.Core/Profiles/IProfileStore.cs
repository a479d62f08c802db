using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Profiles;

/// <summary>Where profiles live: one partition per tenant, so suggestions and cohorts read one partition.</summary>
public interface IProfileStore
{
    /// <summary>A person's own profile and its version, or null when they have not filled one.</summary>
    Task<Versioned<Profile>?> FindAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default);

    /// <summary>The profiles of a tenant whose owner chose to be visible (as a mentor, a peer or both); hidden ones are never read.</summary>
    Task<IReadOnlyList<Profile>> ListVisibleAsync(TenantId tenant, CancellationToken cancellationToken = default);

    /// <summary>The visible profiles among <paramref name="people"/> (a cohort's members): one keyed read each, so what it reads grows
    /// with the people asked about, never with the tenant; hidden ones never leave storage.</summary>
    Task<IReadOnlyList<Profile>> ListVisibleAmongAsync(TenantId tenant, IReadOnlyCollection<PersonId> people, CancellationToken cancellationToken = default);

    /// <summary>The visible mentors of a tenant with a free place, from an index kept with every profile write: what it reads grows
    /// with the mentors who could be suggested, not with the tenant's profiles.</summary>
    Task<IReadOnlyList<Profile>> ListAvailableMentorsAsync(TenantId tenant, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces a profile; with <paramref name="version"/>, only if it is still that version.</summary>
    /// <returns>The new version, or the conflict <c>profile.changed</c>.</returns>
    Task<Result<string>> SaveAsync(Profile profile, string? version, CancellationToken cancellationToken = default);
}
