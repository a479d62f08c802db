using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Privacy;

/// <summary>
/// The circles an export or an erasure must visit for a person: those they are in, are invited into, and were in or invited
/// into (what they wrote there stays, unnamed or not), found through a per-person index only, never by reading the tenant's
/// circles. The index is written before the circle row that names them, so a crash in between never strands a circle; a
/// listed circle may no longer name them (each step checks the circle itself).
/// </summary>
public interface IPersonCircles
{
    Task<IReadOnlyList<CircleId>> ListAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default);
}
