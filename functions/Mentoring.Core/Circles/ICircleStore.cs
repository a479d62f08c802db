using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Circles;

/// <summary>Where circles live, with a per-person index for "my circles".</summary>
public interface ICircleStore
{
    /// <summary>The circle and its version, or null when this tenant has no such circle.</summary>
    Task<Versioned<Circle>?> FindAsync(TenantId tenant, CircleId id, CancellationToken cancellationToken = default);

    /// <summary>The circles a person belongs to, from their own index (one partition read).</summary>
    Task<IReadOnlyList<CircleSummary>> ListForMemberAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default);

    /// <summary>The circles a person is invited to and has not answered, from their own index (one partition read).</summary>
    Task<IReadOnlyList<Invitations.CircleInvitation>> ListInvitationsAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default);

    /// <summary>Stores a new circle and indexes it for each member and each pending invitee.</summary>
    /// <returns>The stored circle: this one, or the one already stored under its id (its index rows written again).</returns>
    Task<Versioned<Circle>> AddAsync(Circle circle, CancellationToken cancellationToken = default);

    /// <summary>Replaces a circle if it is still at <paramref name="version"/>, then re-indexes its members and pending invitees.</summary>
    /// <returns>The new version, or a conflict error when someone changed the circle since it was read.</returns>
    Task<Result<string>> ReplaceAsync(Circle before, Circle after, string version, CancellationToken cancellationToken = default);
}
