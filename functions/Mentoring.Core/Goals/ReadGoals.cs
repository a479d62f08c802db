using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.Commitments;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Goals;

/// <summary>Use case: a circle's goals for one member: theirs, and what the others chose to share; never anyone's private goal.</summary>
/// <remarks>Two reads: the circle's board (membership, and the commitments each goal is served by) and its goals' partition.</remarks>
public sealed class ReadGoals(ICircleBoardStore boards, IGoalStore goals, TimeProvider time)
{
    public async Task<Result<GoalsView>> ReadAsync(Caller caller, CircleId id, CancellationToken cancellationToken = default)
    {
        var board = await boards.ReadForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!board.IsSuccess)
        {
            return Result<GoalsView>.Failure(board.Errors);
        }

        var circle = board.Value.Circle.Value;
        var goalBoard = await goals.ReadAsync(caller.Tenant, id, caller.Id, cancellationToken).ConfigureAwait(false);
        var zone = TimeZones.Get(circle.Cadence.TimeZone);
        var month = PlaceGoals.MonthOf(circle, time.GetUtcNow());
        var lines = goalBoard.Goals
            .Where(g => g.Value.IsSeenBy(caller.Id))
            .OrderBy(g => g.Value.Author != caller.Id).ThenBy(g => NameOf(circle, g.Value.Author), StringComparer.CurrentCulture).ThenBy(g => g.Value.Slot)
            .Select(g => Line(g, circle, caller.Id, goalBoard, board.Value.Commitments, zone))
            .ToList();
        var mine = goalBoard.Of(caller.Id).Select(g => g.Value).ToList();
        var placed = mine.Count > 0 && mine.All(g => goalBoard.PlacementsOf(g.Id).Any(p => p.Month == month));
        var start = GoalAttainment.TScore([.. mine.Select(g => (g.Weight, g.Baseline))]);
        var now = GoalAttainment.TScore([.. mine.Select(g => (g.Weight, goalBoard.CurrentLevel(g)))]);
        return new GoalsView(lines, month, placed, start, now);
    }

    private static GoalLine Line(
        Versioned<Goal> goal, Circle circle, PersonId reader, GoalBoard board, IReadOnlyList<Versioned<Commitment>> commitments, NodaTime.DateTimeZone zone)
    {
        var baselineMonth = TimeZones.DateIn(zone, goal.Value.CreatedAt).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        IReadOnlyList<GoalPoint> trajectory = [new GoalPoint(baselineMonth, goal.Value.Baseline, true),
            .. board.PlacementsOf(goal.Value.Id).Select(p => new GoalPoint(p.Month, p.Level, false))];
        var served = commitments.Where(c => c.Value.GoalId == goal.Value.Id && c.Value.Author == goal.Value.Author).ToList();
        return new GoalLine(goal, NameOf(circle, goal.Value.Author), goal.Value.Author == reader, trajectory,
            served.Count, served.Count(c => c.Value.State == CommitmentState.Done));
    }

    private static string NameOf(Circle circle, PersonId person) => circle.Members.FirstOrDefault(m => m.PersonId == person)?.DisplayName ?? "";
}
