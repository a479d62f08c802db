using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Requests;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Ending;

/// <summary>Closes a circle as its members decided (or as the inactivity timer decides): the same path as the organizer's
/// "close" (<see cref="UpdateCircle"/>): the circle closed, its Outlook series ended after today, a mentor's place given back.</summary>
public sealed class CircleEnd(ICircleStore circles, CircleCalendar calendar, MentorPlaces places, TimeProvider time)
{
    public async Task<Result<CircleView>> CloseAsync(TenantId tenant, CircleId id, CancellationToken cancellationToken = default)
    {
        var closing = new MentorshipClosing();

        // Decided by the members' answers, not by one person's right over the series: closed in the organizer's name (the
        // series is theirs), or the first member's while there is no series.
        var saved = await circles.ApplyAsSystemAsync(tenant, id, closing.Watch(c =>
            c.ChangeStatus(CircleRules.Organizer(c) ?? c.Members[0].PersonId, CircleStatus.Closed, time.GetUtcNow())), cancellationToken).ConfigureAwait(false);
        await places.ReleaseAsync(closing.Ended(saved: saved.IsSuccess), cancellationToken).ConfigureAwait(false);
        return await calendar.FollowAsync(saved, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Pauses a circle as its members chose when it was flagged inactive: the organizer's pause (the series stops).</summary>
    public async Task<Result<CircleView>> PauseAsync(TenantId tenant, CircleId id, CancellationToken cancellationToken = default)
    {
        var saved = await circles.ApplyAsSystemAsync(tenant, id, c =>
            c.ChangeStatus(CircleRules.Organizer(c) ?? c.Members[0].PersonId, CircleStatus.Paused, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        return await calendar.FollowAsync(saved, cancellationToken).ConfigureAwait(false);
    }
}
