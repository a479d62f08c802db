using System.Globalization;
using Mentoring.Core.Common;
using Mentoring.Core.Goals;
using Mentoring.Core.People;

namespace Mentoring.Core.FollowUps;

/// <summary>"Where I stand", asked by the follow-up card at most once a month per circle: which goals it asks, and the answers checked.</summary>
/// <remarks>The month is the circle's (<see cref="PlaceGoals.MonthOf"/>), the same as the tab's, so card and tab share one placement per goal and month.</remarks>
public static class FollowUpGoals
{
    /// <summary>A card input named this prefix and the goal's id carries the level ("-2" to "2").</summary>
    public const string InputPrefix = "goal_";

    /// <summary>The member's goals (in slot order) while one of them has no placement this month; none once all are placed.</summary>
    public static IReadOnlyList<Goal> ToPlace(GoalBoard board, PersonId member, string month)
    {
        var mine = board.Of(member).Select(g => g.Value).ToArray();
        return mine.Any(g => !board.Placements.Any(p => p.GoalId == g.Id && p.Month == month)) ? mine : [];
    }

    /// <summary>The levels the member already gave this month (the card shows them selected).</summary>
    public static IReadOnlyDictionary<Guid, int> LevelsIn(GoalBoard board, PersonId member, string month) =>
        board.Placements.Where(p => p.Author == member && p.Month == month).ToDictionary(p => p.GoalId, p => p.Level);

    /// <summary>The card's goal answers (goal id → level text) as placements; blank ones are skipped (answering is optional).</summary>
    /// <remarks>A level off the scale is named by its input (<c>goal_{id}</c>) so the card can point at it; ownership is
    /// <see cref="PlaceGoals.Check"/>'s (a goal that is not the member's is refused, not ignored).</remarks>
    public static Result<IReadOnlyList<GoalPlacement>> Check(
        PersonId author, GoalBoard board, IReadOnlyDictionary<string, string?>? answers, string month, DateTimeOffset now)
    {
        var given = answers?.Where(a => !string.IsNullOrWhiteSpace(a.Value)).ToArray() ?? [];
        if (given.Length == 0)
        {
            return Array.Empty<GoalPlacement>();
        }

        var v = new Validation();
        var drafts = new List<PlacementDraft>();
        foreach (var (key, value) in given)
        {
            if (!Guid.TryParse(key, out var goal))
            {
                v.Add(Error.Invalid(InputPrefix + key, "id.invalid"));
                continue;
            }

            if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var level) || !GoalScale.IsLevel(level))
            {
                v.Add(Error.Invalid(InputPrefix + key, "goal.level.range"));
                continue;
            }

            drafts.Add(new PlacementDraft(goal, level));
        }

        return v.HasErrors ? Result<IReadOnlyList<GoalPlacement>>.Failure(v.Errors) : PlaceGoals.Check(author, board, drafts, month, now);
    }
}
