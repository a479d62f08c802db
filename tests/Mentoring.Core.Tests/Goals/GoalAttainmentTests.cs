using Mentoring.Core.Goals;

namespace Mentoring.Core.Tests.Goals;

/// <summary>The Kiresuk–Sherman T-score, T = 50 + 10·Σwx / √((1−ρ)Σw² + ρ(Σw)²) with ρ = 0.3, against cases computed by hand.</summary>
public sealed class GoalAttainmentTests
{
    [Fact]
    public void Every_goal_at_its_expected_level_gives_50_whatever_the_weights()
    {
        Assert.Equal(50, GoalAttainment.TScore([(1, 0)]));
        Assert.Equal(50, GoalAttainment.TScore([(3, 0), (1, 0), (7, 0)]));
    }

    [Fact]
    public void One_goal_alone_at_plus_2_gives_70()
    {
        // 50 + 10·(1·2) / √(0.7·1 + 0.3·1²) = 50 + 20 / √1 = 70; the weight cancels out: 10·2w / √(0.7w² + 0.3w²) = 20.
        Assert.Equal(70, GoalAttainment.TScore([(1, 2)])!.Value, precision: 10);
        Assert.Equal(70, GoalAttainment.TScore([(4, 2)])!.Value, precision: 10);
    }

    [Fact]
    public void Two_equal_weight_goals_at_plus_1_and_0_give_56_2()
    {
        // Σwx = 1·1 + 1·0 = 1; Σw² = 1 + 1 = 2; (Σw)² = 2² = 4; √(0.7·2 + 0.3·4) = √(1.4 + 1.2) = √2.6 = 1.612452;
        // T = 50 + 10·1 / 1.612452 = 50 + 6.201737 = 56.201737.
        Assert.Equal(56.201737, GoalAttainment.TScore([(1, 1), (1, 0)])!.Value, precision: 6);
    }

    [Fact]
    public void Weights_make_a_heavier_goal_count_more()
    {
        // w = (2, 1), x = (+1, −1): Σwx = 2 − 1 = 1; Σw² = 4 + 1 = 5; (Σw)² = 9; √(0.7·5 + 0.3·9) = √(3.5 + 2.7) = √6.2 = 2.489980;
        // T = 50 + 10 / 2.489980 = 54.016097. The same levels with the weights swapped give 50 − 4.016097 = 45.983903.
        Assert.Equal(54.016097, GoalAttainment.TScore([(2, 1), (1, -1)])!.Value, precision: 6);
        Assert.Equal(45.983903, GoalAttainment.TScore([(1, 1), (2, -1)])!.Value, precision: 6);
    }

    [Fact]
    public void No_goal_has_no_score()
    {
        Assert.Null(GoalAttainment.TScore([]));
    }
}
