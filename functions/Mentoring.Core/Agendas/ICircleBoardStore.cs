using Mentoring.Core.Circles;
using Mentoring.Core.Commitments;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Agendas;

/// <summary>What members write in a circle, one entity each, kept in the circle's own partition next to it and its sessions.</summary>
/// <remarks>Every change presents the version it read (an ETag): two members editing at once never overwrite each other.</remarks>
public interface ICircleBoardStore
{
    /// <summary>The circle and everything <paramref name="reader"/> may see of it in one partition query; null when the tenant has no such circle.</summary>
    /// <remarks>Other members' notes are filtered out by the query itself: they never leave the table.</remarks>
    Task<CircleBoard?> ReadAsync(TenantId tenant, CircleId circle, PersonId reader, CancellationToken cancellationToken = default);

    /// <summary>One entry, or null. A note is found only when <paramref name="reader"/> wrote it.</summary>
    Task<Versioned<T>?> FindAsync<T>(TenantId tenant, CircleId circle, string key, PersonId reader, CancellationToken cancellationToken = default)
        where T : class, ICircleEntry;

    /// <summary>Adds a new entry; when one with the same key exists (a retried request) returns the stored one unchanged.</summary>
    Task<Versioned<T>> AddAsync<T>(TenantId tenant, CircleId circle, T entry, CancellationToken cancellationToken = default)
        where T : class, ICircleEntry;

    /// <summary>Writes an entry whatever was there (a member's own note).</summary>
    Task<Versioned<T>> PutAsync<T>(TenantId tenant, CircleId circle, T entry, CancellationToken cancellationToken = default)
        where T : class, ICircleEntry;

    /// <summary>Replaces an entry still at <paramref name="version"/>; a conflict error when someone changed it since.</summary>
    Task<Result<string>> ReplaceAsync<T>(TenantId tenant, CircleId circle, T entry, string version, CancellationToken cancellationToken = default)
        where T : class, ICircleEntry;

    /// <summary>Deletes an entry still at <paramref name="version"/>; a conflict error when someone changed it since.</summary>
    Task<Result<Unit>> DeleteAsync<T>(TenantId tenant, CircleId circle, string key, string version, CancellationToken cancellationToken = default)
        where T : class, ICircleEntry;

    /// <summary>Replaces several agenda items at once, all or nothing, each at the version read (one entity-group transaction).</summary>
    Task<Result<Unit>> ReplaceItemsAsync(TenantId tenant, CircleId circle, IReadOnlyList<Versioned<AgendaItem>> items, CancellationToken cancellationToken = default);

    /// <summary>The commitments one member made in a circle (for "my commitments" across circles).</summary>
    Task<IReadOnlyList<Versioned<Commitment>>> ListCommitmentsAsync(TenantId tenant, CircleId circle, PersonId author, CancellationToken cancellationToken = default);
}
