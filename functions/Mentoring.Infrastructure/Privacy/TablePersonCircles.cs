using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Privacy;

/// <summary>
/// A person's circles for an export or an erasure: their own membership partition, one query, whatever the tenant holds. It
/// lists the circles they are in, are invited into, and were in or invited into (<see cref="PersonReach"/>): the reach rows are
/// written before the circle row, so a crash between a circle row and its "my circles" index rows cannot strand a circle.
/// </summary>
/// <remarks>A listed circle may no longer name them (they left, they declined, a write failed): the stores check the circle row.</remarks>
internal sealed class TablePersonCircles(Tables tables) : IPersonCircles
{
    public Task<IReadOnlyList<CircleId>> ListAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default) =>
        PersonReach.CirclesAsync(tables, tenant, person, cancellationToken);
}
