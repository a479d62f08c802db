using Mentoring.Core.People;

namespace Mentoring.Core.Goals;

/// <summary>One goal reduced to what a T-score needs: whose it is, its weight, where its author started and stands now.</summary>
/// <remarks>No title, no level text: what a cohort's figures are computed from, so no goal's words leave the store for them.</remarks>
/// <param name="Current">The latest placement's level, or <see cref="Baseline"/> when the author has placed none.</param>
public sealed record GoalScore(PersonId Author, int Weight, int Baseline, int Current);
