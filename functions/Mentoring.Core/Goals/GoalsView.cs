using Mentoring.Core.Common;

namespace Mentoring.Core.Goals;

/// <summary>A circle's goals as the reader sees them, with their own T-score at the start and now.</summary>
/// <param name="Month">This month in the circle's zone: the one a placement made now counts for.</param>
/// <param name="PlacedThisMonth">Whether the reader already placed themselves on every goal of theirs this month.</param>
/// <param name="TScoreStart">From the baselines of the reader's goals; null when they have none.</param>
/// <param name="TScoreNow">From each goal's latest placement (its baseline when none yet).</param>
public sealed record GoalsView(IReadOnlyList<GoalLine> Goals, string Month, bool PlacedThisMonth, double? TScoreStart, double? TScoreNow);

/// <summary>One goal: its trajectory (the baseline, then one point per month placed) and the commitments made for it.</summary>
public sealed record GoalLine(Versioned<Goal> Goal, string AuthorName, bool Mine, IReadOnlyList<GoalPoint> Trajectory, int CommitmentsMade, int CommitmentsKept);

/// <summary>A point of a trajectory: the month and the level (the first point is the baseline, in the month it was written).</summary>
public sealed record GoalPoint(string Month, int Level, bool IsBaseline);
