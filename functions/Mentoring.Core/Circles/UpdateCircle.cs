using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Circles;

/// <summary>Use case: a member revises objectives and/or pauses, resumes or closes the circle, all or nothing.</summary>
public sealed class UpdateCircle(ICircleStore store)
{
    public Task<Result<CircleView>> ExecuteAsync(Caller caller, CircleId id, CirclePatch patch, string? expectedVersion, CancellationToken cancellationToken = default) =>
        store.ApplyAsync(caller, id, expectedVersion, circle => Apply(circle, caller, patch), cancellationToken);

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
