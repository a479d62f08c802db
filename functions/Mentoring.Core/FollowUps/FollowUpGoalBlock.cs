using System.Globalization;
using System.Text.Json.Nodes;

namespace Mentoring.Core.FollowUps;

/// <summary>The follow-up card's "where I stand" block: one tap per goal, on its five level texts, at most once a month.</summary>
/// <remarks>
/// Nothing when no goal is asked this month (<see cref="FollowUpQuestions.GoalsToPlace"/>). The size is bounded: at most
/// <see cref="Goals.Goal.MaxPerMember"/> goals of five levels, every text cut to <see cref="FollowUpCard.LabelLength"/>
/// characters (the card-size test builds the largest). Answering is optional: a goal left blank is not placed.
/// </remarks>
internal static class FollowUpGoalBlock
{
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
        level.ToString("+0;−0;0", CultureInfo.InvariantCulture) + " · " + AdaptiveCard.Shorten(text, FollowUpCard.LabelLength);
}
