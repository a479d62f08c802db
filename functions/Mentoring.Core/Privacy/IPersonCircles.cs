using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Privacy;

/// <summary>
/// The circles a person is in, as an export or an erasure must find them: by the membership index AND by the circle rows
/// themselves, since a crash between writing a circle and writing its index leaves the index behind (the circle row is the truth).
/// </summary>
public interface IPersonCircles
{
    Task<IReadOnlyList<CircleId>> ListAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default);
}
