using Mentoring.Core.Circles;
using Mentoring.Core.Common;

namespace Mentoring.Core.Scheduling;

/// <summary>The sessions of a circle, kept next to it.</summary>
public interface ISessionStore
{
    /// <summary>All sessions of a circle, by original start.</summary>
    Task<IReadOnlyList<Session>> ListAsync(TenantId tenant, CircleId circle, CancellationToken cancellationToken = default);

    /// <summary>Writes sessions and removes others in as few round trips as the store allows; safe to repeat.</summary>
    Task SaveAsync(TenantId tenant, CircleId circle, IReadOnlyList<Session> upserts, IReadOnlyList<string> deletes, CancellationToken cancellationToken = default);
}
