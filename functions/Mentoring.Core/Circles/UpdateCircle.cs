using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Requests;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Circles;

/// <summary>Use case: a member revises objectives and/or pauses, resumes or closes the circle, all or nothing.</summary>
/// <remarks>
/// With a series, only its organizer pauses, resumes or closes (<see cref="CircleRules"/>): pausing removes the upcoming
/// sessions from the calendar, resuming brings back those still ahead, closing ends the series after today. If the
/// calendar is unavailable the change is saved all the same and the timer finishes it. Closing a mentorship gives its
/// mentor their place back.
/// </remarks>
public sealed class UpdateCircle(ICircleStore store, CircleCalendar calendar, MentorPlaces places, TimeProvider time)
{
    public async Task<Result<CircleView>> ExecuteAsync(Caller caller, CircleId id, CirclePatch patch, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        var closing = new MentorshipClosing();
        var updated = await store.ApplyAsync(caller, id, expectedVersion, closing.Watch(circle => Apply(circle, caller, patch, time.GetUtcNow())), cancellationToken).ConfigureAwait(false);
        await places.ReleaseAsync(closing.Ended(saved: updated.IsSuccess), cancellationToken).ConfigureAwait(false);

        return await calendar.FollowAsync(updated, cancellationToken).ConfigureAwait(false);
    }

    private static Result<Circle> Apply(Circle circle, Caller caller, CirclePatch patch, DateTimeOffset now)
    {
        var revised = patch.Objective is null && patch.MemberObjective is null
            ? circle
            : circle.ReviseObjectives(caller.Id, patch.Objective, patch.MemberObjective);
        if (!revised.IsSuccess || patch.Status is not { } status)
        {
            return revised;
        }

        return revised.Value.ChangeStatus(caller.Id, status, now);
    }
}
