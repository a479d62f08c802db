using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Requests;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Circles;

/// <summary>Use case: a member leaves a circle, or the organizer removes a peer; a live series' attendees follow.</summary>
/// <remarks>
/// A peer removes only themselves (<see cref="CircleRules.MayRemove"/>); leaving a mentorship closes it, ends its series
/// and gives its mentor their place back.
/// </remarks>
public sealed class RemoveMember(ICircleStore store, CircleCalendar calendar, MentorPlaces places)
{
    public async Task<Result<CircleView>> ExecuteAsync(Caller caller, CircleId id, PersonId leaving, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        var closing = new MentorshipClosing();
        var removed = await store.ApplyAsync(caller, id, expectedVersion, closing.Watch(circle => circle.RemoveMember(caller.Id, leaving)), cancellationToken).ConfigureAwait(false);
        await places.ReleaseAsync(closing.Ended(saved: removed.IsSuccess), cancellationToken).ConfigureAwait(false);

        return await calendar.FollowAsync(removed, cancellationToken).ConfigureAwait(false);
    }
}
