using Mentoring.Core.Circles;
using Mentoring.Core.Common;

namespace Mentoring.Core.FollowUps;

/// <summary>Writes an answer and its effects in the circle's partition at once.</summary>
public interface IFollowUpStore
{
    /// <summary>All of <paramref name="write"/> or nothing (one entity-group transaction); a conflict error when any entry changed since it was read.</summary>
    Task<Result<Unit>> SaveAsync(TenantId tenant, CircleId circle, FollowUpWrite write, CancellationToken cancellationToken = default);
}
