using Mentoring.Core.Goals;

namespace Mentoring.Functions.Goals;

/// <summary>A circle's goals for the reader, and the reader's own T-score at the start and now (null without goals).</summary>
public sealed record GoalsResponse(IReadOnlyList<GoalLineResponse> Goals, string Month, bool PlacedThisMonth, double? TScoreStart, double? TScoreNow)
{
    public static GoalsResponse From(GoalsView view) => new(
        [.. view.Goals.Select(GoalLineResponse.From)], view.Month, view.PlacedThisMonth, Round(view.TScoreStart), Round(view.TScoreNow));

    private static double? Round(double? score) => score is { } s ? Math.Round(s, 1) : null;
}

/// <summary>One goal with its author, trajectory (baseline first) and the commitments made for it and kept.</summary>
public sealed record GoalLineResponse(
    GoalResponse Goal, string AuthorName, bool Mine, IReadOnlyList<GoalPointResponse> Trajectory, int CommitmentsMade, int CommitmentsKept)
{
    public static GoalLineResponse From(GoalLine line) => new(
        GoalResponse.From(line.Goal), line.AuthorName, line.Mine, [.. line.Trajectory.Select(p => new GoalPointResponse(p.Month, p.Level, p.IsBaseline))],
        line.CommitmentsMade, line.CommitmentsKept);
}

/// <summary>A month and the level placed then.</summary>
public sealed record GoalPointResponse(string Month, int Level, bool Baseline);
