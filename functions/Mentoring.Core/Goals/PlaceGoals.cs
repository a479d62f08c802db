using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Goals;

/// <summary>Use case: "where I stand", once a month per circle: the author places themselves on their own goals only.</summary>
/// <remarks>A placement is kept per goal and month (in the circle's zone): answering again in the same month corrects the
/// month's answer, it never adds a second point, so the trajectory has at most one point a month whatever the channel (tab or card).</remarks>
public sealed class PlaceGoals(ICircleStore circles, IGoalStore goals, TimeProvider time)
{
    public async Task<Result<IReadOnlyList<GoalPlacement>>> PlaceAsync(
        Caller caller, CircleId id, IReadOnlyList<PlacementDraft>? drafts, CancellationToken cancellationToken = default)
    {
        var circle = await GoalActions.OpenCircleAsync(circles, caller, id, cancellationToken).ConfigureAwait(false);
        if (!circle.IsSuccess)
        {
            return Result<IReadOnlyList<GoalPlacement>>.Failure(circle.Errors);
        }

        var board = await goals.ReadAsync(caller.Tenant, id, caller.Id, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var checkedPlacements = Check(caller.Id, board, drafts ?? [], MonthOf(circle.Value, now), now);
        if (!checkedPlacements.IsSuccess)
        {
            return checkedPlacements;
        }

        await goals.PutPlacementsAsync(caller.Tenant, id, checkedPlacements.Value, cancellationToken).ConfigureAwait(false);
        return checkedPlacements;
    }

    /// <summary>The month a placement made at <paramref name="now"/> counts for, in the circle's time zone ("yyyy-MM").</summary>
    public static string MonthOf(Circle circle, DateTimeOffset now) =>
        TimeZones.DateIn(TimeZones.Get(circle.Cadence.TimeZone), now).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every placement names a goal the caller sees, that is theirs, once, at a level of the scale.</summary>
    public static Result<IReadOnlyList<GoalPlacement>> Check(PersonId author, GoalBoard board, IReadOnlyList<PlacementDraft> drafts, string month, DateTimeOffset now)
    {
        if (drafts.Count == 0)
        {
            return Error.Invalid("placements", "required");
        }

        var v = new Validation();
        var placements = new List<GoalPlacement>();
        for (var i = 0; i < drafts.Count; i++)
        {
            var goal = board.Goals.FirstOrDefault(g => g.Value.Id == drafts[i].GoalId)?.Value;
            if (goal is null)
            {
                return Error.NotFound("goal.notFound");
            }

            if (goal.Author != author)
            {
                return Error.Forbidden("goal.notYours");
            }

            if (drafts[i].Level is not { } level || !GoalScale.IsLevel(level))
            {
                v.Add(Error.Invalid($"placements[{i}].level", "goal.level.range"));
                continue;
            }

            if (placements.Any(p => p.GoalId == goal.Id))
            {
                v.Add(Error.Invalid($"placements[{i}].goalId", "goal.placement.duplicate"));
                continue;
            }

            placements.Add(new GoalPlacement(goal.Id, author, month, level, now));
        }

        return v.ToResult<IReadOnlyList<GoalPlacement>>(() => placements);
    }
}
