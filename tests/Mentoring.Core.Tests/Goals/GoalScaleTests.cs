using Mentoring.Core.Goals;
using Mentoring.Core.People;
using Mentoring.Core.Tests.Circles;

namespace Mentoring.Core.Tests.Goals;

/// <summary>A goal's scale has five distinct levels with an expected one; weights and baselines stay in their ranges.</summary>
public sealed class GoalScaleTests
{
    private static readonly string[] Five = ["Aucun", "Un entretien", "Trois entretiens", "Quatre entretiens", "Six entretiens"];
    private static readonly PersonId Author = new(Guid.Parse("6a9a3c53-25a5-4b43-9f2e-6c3a1b6f7e01"));
    private static readonly DateTimeOffset Now = new(2031, 3, 3, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Five_distinct_levels_make_a_scale_read_from_minus_2_to_plus_2()
    {
        var scale = GoalScale.Create(Five).Value;

        Assert.Equal("Aucun", scale.TextOf(-2));
        Assert.Equal("Trois entretiens", scale.TextOf(0));
        Assert.Equal("Six entretiens", scale.TextOf(2));
    }

    [Fact]
    public void Four_levels_are_refused()
    {
        ResultAssert.Invalid(GoalScale.Create(Five[..4]), "levels", "goal.levels.count");
    }

    [Fact]
    public void Two_levels_that_differ_only_by_case_and_spaces_are_refused_at_the_second()
    {
        ResultAssert.Invalid(GoalScale.Create([Five[0], Five[1], Five[2], "  trois ENTRETIENS ", Five[4]]), "levels[3]", "goal.levels.duplicate");
    }

    [Fact]
    public void A_scale_without_its_expected_level_is_refused_naming_level_0()
    {
        ResultAssert.Invalid(GoalScale.Create([Five[0], Five[1], "", Five[3], Five[4]]), "levels[2]", "goal.levels.expectedMissing");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void A_weight_out_of_1_to_10_is_refused(int weight)
    {
        ResultAssert.Invalid(Goal.Create(Guid.NewGuid(), Author, 1, new GoalDraft("step", "Entretiens", Five, weight), Now), "weight", "goal.weight.range");
    }

    [Fact]
    public void Without_weight_baseline_or_sharing_a_goal_weighs_1_starts_at_minus_1_and_is_private()
    {
        var goal = Goal.Create(Guid.NewGuid(), Author, 1, new GoalDraft("targetJob", "Chargée de communication", Five), Now).Value;

        Assert.Equal((1, -1, GoalSharing.Private), (goal.Weight, goal.Baseline, goal.Sharing));
        Assert.False(goal.IsSeenBy(new PersonId(Guid.NewGuid())));
    }

    [Fact]
    public void Only_the_author_revises_a_goal()
    {
        var goal = Goal.Create(Guid.NewGuid(), Author, 1, new GoalDraft("skill", "Animer", Five), Now).Value;

        ResultAssert.SingleError(goal.Revise(new PersonId(Guid.NewGuid()), new GoalDraft("skill", "Animer", Five), Now), Mentoring.Core.Common.ErrorKind.Forbidden, "goal.notAuthor");
    }
}
