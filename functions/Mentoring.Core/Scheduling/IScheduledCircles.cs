using Mentoring.Core.Circles;
using Mentoring.Core.Common;

namespace Mentoring.Core.Scheduling;

/// <summary>The circles with a series, which a timer visits: to finish a pending creation or end, or to re-sync sessions.</summary>
public interface IScheduledCircles
{
    /// <summary>Records a circle whose series was asked for (idempotent).</summary>
    Task AddAsync(TenantId tenant, CircleId circle, CancellationToken cancellationToken = default);

    Task RemoveAsync(TenantId tenant, CircleId circle, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<(TenantId Tenant, CircleId Circle)>> ListAsync(CancellationToken cancellationToken = default);
}
