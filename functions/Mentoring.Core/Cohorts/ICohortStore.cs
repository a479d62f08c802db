using Mentoring.Core.Common;

namespace Mentoring.Core.Cohorts;

/// <summary>Cohorts and forming groups, in the tenant's matching partition.</summary>
public interface ICohortStore
{
    /// <summary>Stores a new cohort; a retry with the same id gets the one stored first.</summary>
    Task<Cohort> AddCohortAsync(Cohort cohort, CancellationToken cancellationToken = default);

    Task<Cohort?> FindCohortAsync(TenantId tenant, Guid id, CancellationToken cancellationToken = default);

    /// <summary>The cohort with its version, for a change written with its ETag.</summary>
    Task<Versioned<Cohort>?> FindCohortVersionedAsync(TenantId tenant, Guid id, CancellationToken cancellationToken = default);

    /// <summary>Replaces a cohort still at <paramref name="version"/>; else <c>cohort.changed</c>.</summary>
    Task<Result<string>> SaveCohortAsync(Cohort cohort, string version, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Cohort>> ListCohortsAsync(TenantId tenant, CancellationToken cancellationToken = default);

    /// <summary>Stores new groups, all or nothing (entity group transactions of up to 100; a cohort of 200 makes at most 67).</summary>
    Task AddGroupsAsync(IReadOnlyList<FormingGroup> groups, CancellationToken cancellationToken = default);

    Task<Versioned<FormingGroup>?> FindGroupAsync(TenantId tenant, Guid id, CancellationToken cancellationToken = default);

    /// <summary>The groups of a tenant still forming (neither formed nor abandoned): one key range, of those groups only.</summary>
    Task<IReadOnlyList<FormingGroup>> ListFormingGroupsAsync(TenantId tenant, CancellationToken cancellationToken = default);

    /// <summary>Every group proposed from one cohort, formed ones included: one key range, of that cohort's groups only.</summary>
    Task<IReadOnlyList<FormingGroup>> ListCohortGroupsAsync(TenantId tenant, Guid cohort, CancellationToken cancellationToken = default);

    /// <summary>Creates (<paramref name="version"/> null) or replaces a group still at <paramref name="version"/>; else <c>group.changed</c>.</summary>
    Task<Result<string>> SaveGroupAsync(FormingGroup group, string? version, CancellationToken cancellationToken = default);
}
