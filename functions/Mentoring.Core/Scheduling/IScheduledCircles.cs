using Mentoring.Core.Circles;
using Mentoring.Core.Common;

namespace Mentoring.Core.Scheduling;

/// <summary>The timer's work list: the circles whose series may need a step (finish a creation or an end, re-sync, repair).</summary>
/// <remarks>
/// A circle is listed before it is marked pending and unlisted only once its series is ended and saved, so a crash at any
/// step leaves it listed: a listed circle that turns out to need nothing is simply unlisted by the timer.
/// </remarks>
public interface IScheduledCircles
{
    /// <summary>Lists a circle (idempotent).</summary>
    Task AddAsync(TenantId tenant, CircleId circle, CancellationToken cancellationToken = default);

    Task RemoveAsync(TenantId tenant, CircleId circle, CancellationToken cancellationToken = default);

    /// <summary>Every listed circle, read a page at a time as the enumeration advances: a long list is never held at once.</summary>
    IAsyncEnumerable<ScheduledCircle> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The listed circles after <paramref name="after"/> in the list's order (tenant, then circle), read a page at a time.</summary>
    IAsyncEnumerable<ScheduledCircle> ListAfterAsync(ScheduledCircle? after, CancellationToken cancellationToken = default) =>
        after is null ? ListAsync(cancellationToken) : ListAsync(cancellationToken).Where(c => ScheduledCircle.Order(c, after) > 0);
}
