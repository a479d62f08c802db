namespace Mentoring.Core.Goals;

/// <summary>The Goal Attainment T-score of Kiresuk and Sherman (1968): one number, centred on 50, from goals that differ.</summary>
/// <remarks>
/// T = 50 + 10·Σwᵢxᵢ / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²), where xᵢ is the level reached on goal i (−2…+2), wᵢ its weight and ρ the
/// assumed correlation between goals, 0.3 by the authors' convention. Every goal at its expected level (0) gives exactly 50; a
/// standard deviation of the score is 10 when the levels are spread as the method assumes, so scores compare across people.
/// </remarks>
public static class GoalAttainment
{
    public const double InterGoalCorrelation = 0.3;

    /// <summary>The T-score of (weight, level) pairs; null when there is no goal (nothing to score).</summary>
    public static double? TScore(IReadOnlyList<(int Weight, int Level)> goals, double rho = InterGoalCorrelation)
    {
        ArgumentNullException.ThrowIfNull(goals);
        if (goals.Count == 0)
        {
            return null;
        }

        double weighted = goals.Sum(g => (double)g.Weight * g.Level);
        double squares = goals.Sum(g => (double)g.Weight * g.Weight);
        double total = goals.Sum(g => (double)g.Weight);
        return 50 + (10 * weighted / Math.Sqrt(((1 - rho) * squares) + (rho * total * total)));
    }
}
