using Mentoring.Core.Circles;
using Mentoring.Core.Common;

namespace Mentoring.Core.Scheduling.Adoption;

/// <summary>Calendar items (series masters, by Graph event id) → the circle whose series each is; one circle per item.</summary>
/// <remarks>The index grants nothing: whoever reads it still needs to be a member of the circle it names.</remarks>
public interface ISeriesIndex
{
    /// <summary>Gives the item to <paramref name="circle"/> unless another circle has it; returns the circle that holds it now.</summary>
    Task<CircleId> ClaimAsync(TenantId tenant, string eventId, CircleId circle, CancellationToken cancellationToken = default);

    Task<CircleId?> FindAsync(TenantId tenant, string eventId, CancellationToken cancellationToken = default);

    /// <summary>Frees the item if <paramref name="circle"/> holds it (an adoption dropped before the item was sent).</summary>
    Task ReleaseAsync(TenantId tenant, string eventId, CircleId circle, CancellationToken cancellationToken = default);
}
