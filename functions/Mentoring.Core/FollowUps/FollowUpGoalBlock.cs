using System.Globalization;
using System.Text.Json.Nodes;

namespace Mentoring.Core.FollowUps;

/// <summary>The follow-up card's "where I stand" block: one tap per goal, on its five level texts, at most once a month.</summary>
/// <remarks>
/// Nothing when no goal is asked this month (<see cref="FollowUpQuestions.GoalsToPlace"/>). The size is bounded: at most
/// <see cref="Goals.Goal.MaxPerMember"/> goals of five levels, titles cut to <see cref="FollowUpCard.LabelLength"/> characters
/// and level texts to <see cref="LevelLength"/> (the card-size test builds the largest). Answering is optional: a goal left blank is not placed.
/// </remarks>
internal static class FollowUpGoalBlock
{
    /// <summary>A level's text on the card: 15 of them (3 goals × 5) at the commitments' 100 would bring the largest card to
    /// 98 % of Teams' 28 KB; at 60 it stays near 91 %. The level's number comes first, so a cut text is never ambiguous.</summary>
    public const int LevelLength = 60;

    public static IEnumerable<JsonNode> For(FollowUpQuestions q, CardTexts t)
    {
        if (q.GoalsToPlace.Count == 0)
        {
            yield break;
        }

        yield return AdaptiveCard.Text(t.YourGoals, bold: true);
        foreach (var goal in q.GoalsToPlace)
        {
            var levels = Enumerable.Range(Goals.GoalScale.Lowest, Goals.GoalScale.Highest - Goals.GoalScale.Lowest + 1)
                .Select(level => (Title(level, goal.Scale.TextOf(level)), level.ToString(CultureInfo.InvariantCulture)));
            var given = q.GoalLevels.TryGetValue(goal.Id, out var level) ? level.ToString(CultureInfo.InvariantCulture) : null;
            yield return AdaptiveCard.Choices(
                FollowUpGoals.InputPrefix + goal.Id.ToString("N"), AdaptiveCard.Shorten(goal.Title, FollowUpCard.LabelLength), levels, given, expanded: true);
        }
    }

    /// <summary>"+1 · text": the level's number first, as the tab shows it, so the scale reads the same in both places.</summary>
    private static string Title(int level, string text) =>
        level.ToString("+0;−0;0", CultureInfo.InvariantCulture) + " · " + AdaptiveCard.Shorten(text, LevelLength);
}
