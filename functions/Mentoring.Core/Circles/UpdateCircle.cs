using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Circles;

/// <summary>Use case: a member revises objectives and/or pauses, resumes or closes the circle, all or nothing.</summary>
/// <remarks>Closing a circle with a series ends the series after today; if the calendar is unavailable the timer finishes it.</remarks>
public sealed class UpdateCircle(ICircleStore store, SeriesLifecycle series)
{
    public async Task<Result<CircleView>> ExecuteAsync(Caller caller, CircleId id, CirclePatch patch, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        var updated = await store.ApplyAsync(caller, id, expectedVersion, circle => Apply(circle, caller, patch), cancellationToken).ConfigureAwait(false);
        if (updated.IsSuccess && updated.Value.Circle.Schedule?.State == ScheduleState.Ending)
        {
            var ended = await series.EndAsync(updated.Value.Circle, cancellationToken).ConfigureAwait(false);
            return ended.IsSuccess ? ended : updated;
        }

        return updated;
    }

    private static Result<Circle> Apply(Circle circle, Caller caller, CirclePatch patch)
    {
        var revised = patch.Objective is null && patch.MemberObjective is null
            ? circle
            : circle.ReviseObjectives(caller.Id, patch.Objective, patch.MemberObjective);
        if (!revised.IsSuccess || patch.Status is not { } status)
        {
            return revised;
        }

        return revised.Value.ChangeStatus(status);
    }
}
