using Mentoring.Core.Circles;
using Mentoring.Core.Common;

namespace Mentoring.Core.Scheduling;

/// <summary>The timer's work list: the circles whose series may need a step (finish a creation or an end, re-sync, repair).</summary>
/// <remarks>
/// A circle is listed before it is marked pending and unlisted only once its series is ended and saved, so a crash at any
/// step leaves it listed: a listed circle that turns out to need nothing is simply unlisted by the timer.
/// The slow reconciliation visits the whole list once a day, a page per run; a circle with a step still to do (a creation, an
/// end, a pause, attendees, a cadence change the calendar refused) is also marked unfinished, and every run visits those first,
/// so a request that failed on a 503 is finished within the quarter hour, not the next day.
/// </remarks>
public interface IScheduledCircles
{
    /// <summary>Lists a circle, marked unfinished: it is listed when a step starts (idempotent).</summary>
    Task AddAsync(TenantId tenant, CircleId circle, CancellationToken cancellationToken = default);

    /// <summary>Unlists a circle (and its unfinished mark).</summary>
    Task RemoveAsync(TenantId tenant, CircleId circle, CancellationToken cancellationToken = default);

    /// <summary>Marks a listed circle as having a step still to do: the next timer run visits it, whatever page the reconciliation is on.</summary>
    Task MarkUnfinishedAsync(TenantId tenant, CircleId circle, CancellationToken cancellationToken = default);

    /// <summary>Its steps done: from now on only the slow reconciliation visits it.</summary>
    Task MarkFinishedAsync(TenantId tenant, CircleId circle, CancellationToken cancellationToken = default);

    /// <summary>The circles marked unfinished (a short list: the requests that failed or are in flight), read a page at a time.</summary>
    IAsyncEnumerable<ScheduledCircle> ListUnfinishedAsync(CancellationToken cancellationToken = default);

    /// <summary>Every listed circle, read a page at a time as the enumeration advances: a long list is never held at once.</summary>
    IAsyncEnumerable<ScheduledCircle> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The listed circles after <paramref name="after"/> in the list's order (tenant, then circle), read a page at a time.</summary>
    IAsyncEnumerable<ScheduledCircle> ListAfterAsync(ScheduledCircle? after, CancellationToken cancellationToken = default) =>
        after is null ? ListAsync(cancellationToken) : ListAsync(cancellationToken).Where(c => ScheduledCircle.Order(c, after) > 0);
}
