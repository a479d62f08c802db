using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Goals;

/// <summary>Use cases: a member writes one of their 1 to 3 goals in a circle, and revises it (their own only).</summary>
public sealed class GoalActions(ICircleStore circles, IGoalStore goals, TimeProvider time)
{
    public async Task<Result<Versioned<Goal>>> AddAsync(Caller caller, CircleId id, GoalDraft draft, CancellationToken cancellationToken = default)
    {
        var circle = await OpenCircleAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!circle.IsSuccess)
        {
            return Result<Versioned<Goal>>.Failure(circle.Errors);
        }

        var board = await goals.ReadAsync(caller.Tenant, id, caller.Id, cancellationToken).ConfigureAwait(false);
        var taken = board.Of(caller.Id).Select(g => g.Value.Slot).ToHashSet();
        var slot = Enumerable.Range(1, Goal.MaxPerMember).FirstOrDefault(s => !taken.Contains(s));
        if (slot == 0)
        {
            return Error.Invalid("goals", "goal.tooMany", new Dictionary<string, object> { ["max"] = Goal.MaxPerMember });
        }

        var goal = Goal.Create(Guid.NewGuid(), caller.Id, slot, draft, time.GetUtcNow());
        if (!goal.IsSuccess)
        {
            return Result<Versioned<Goal>>.Failure(goal.Errors);
        }

        return await goals.AddAsync(caller.Tenant, id, goal.Value, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Result<Versioned<Goal>>> ReviseAsync(
        Caller caller, CircleId id, Guid goalId, GoalDraft draft, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        var circle = await OpenCircleAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!circle.IsSuccess)
        {
            return Result<Versioned<Goal>>.Failure(circle.Errors);
        }

        var board = await goals.ReadAsync(caller.Tenant, id, caller.Id, cancellationToken).ConfigureAwait(false);
        var found = board.Goals.FirstOrDefault(g => g.Value.Id == goalId);
        if (found is null)
        {
            return Error.NotFound("goal.notFound");
        }

        var revised = found.Value.Revise(caller.Id, draft, time.GetUtcNow());
        if (!revised.IsSuccess)
        {
            return revised.Map(g => new Versioned<Goal>(g, ""));
        }

        return await goals.ReplaceAsync(caller.Tenant, id, revised.Value, expectedVersion ?? found.Version, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The circle, for a member, while it is open: a closed circle's goals no longer change.</summary>
    internal static async Task<Result<Circle>> OpenCircleAsync(ICircleStore circles, Caller caller, CircleId id, CancellationToken cancellationToken)
    {
        var circle = await circles.FindForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!circle.IsSuccess)
        {
            return Result<Circle>.Failure(circle.Errors);
        }

        return circle.Value.Value.Status == CircleStatus.Closed ? Error.Conflict("circle.closed") : circle.Value.Value;
    }

    private Task<Result<Circle>> OpenCircleAsync(Caller caller, CircleId id, CancellationToken cancellationToken) =>
        OpenCircleAsync(circles, caller, id, cancellationToken);
}
