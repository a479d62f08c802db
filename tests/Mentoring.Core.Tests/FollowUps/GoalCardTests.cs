using System.Text.Json.Nodes;
using Mentoring.Core.FollowUps;
using Mentoring.Core.Goals;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Tests.FollowUps;

/// <summary>The follow-up card's "where I stand" block: asked while a goal has no placement this month, one choice per level.</summary>
public sealed class GoalCardTests
{
    private const string Month = "2031-03";

    /// <summary>Three goals of the longest title and level texts, in the heaviest characters (the card-size tests use them).</summary>
    public static IReadOnlyList<Goal> LargestGoals(PersonId author) =>
    [
        .. Enumerable.Range(1, Goal.MaxPerMember).Select(slot => Goal.Create(
            Guid.NewGuid(), author, slot, new GoalDraft("skill", new string(ABoard.Heavy, Goal.MaxTitleLength),
                [.. Enumerable.Range(0, 5).Select(i => (string?)(i + new string(ABoard.Heavy, GoalScale.MaxLevelLength - 1)))]), ABoard.Now).Value),
    ];

    [Fact]
    public void The_card_asks_each_goal_once_on_its_five_levels_in_french_or_english()
    {
        var board = ABoard.Small();
        var member = board.Circle.Value.Members[0].PersonId;
        var goals = LargestGoals(member);
        var questions = FollowUpQuestions.For(board, ABoard.Sessions[0].Id, member, ABoard.Now).Value with { GoalsToPlace = goals };

        var fr = Nodes(FollowUpCard.Questions(questions, new CardReader(false, TimeZones.Get("Europe/Paris"))));
        var en = Nodes(FollowUpCard.Questions(questions, new CardReader(true, TimeZones.Get("Europe/Paris"))));

        var sets = fr.Where(n => n["id"]?.GetValue<string>().StartsWith(FollowUpGoals.InputPrefix, StringComparison.Ordinal) == true).ToArray();
        Assert.Equal(goals.Select(g => FollowUpGoals.InputPrefix + g.Id.ToString("N")), sets.Select(s => s["id"]!.GetValue<string>()));
        Assert.All(sets, s => Assert.Equal(["-2", "-1", "0", "1", "2"], s["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>())));
        Assert.All(sets, s => Assert.Equal("expanded", s["style"]?.GetValue<string>()));
        Assert.Contains(fr, n => n["text"]?.GetValue<string>() == CardTexts.Fr.YourGoals);
        Assert.Contains(en, n => n["text"]?.GetValue<string>() == CardTexts.En.YourGoals);
    }

    [Fact]
    public void Goals_are_asked_while_one_has_no_placement_this_month_and_not_once_all_are_placed()
    {
        var member = new PersonId(Guid.Parse("00000000-0000-0000-0000-0000000000a1"));
        var goals = LargestGoals(member).Take(2).ToArray();
        var versioned = goals.Select(g => new Mentoring.Core.Common.Versioned<Goal>(g, "v")).ToArray();
        GoalPlacement Placed(Goal g, string month) => new(g.Id, member, month, 0, ABoard.Now);

        var lastMonthOnly = new GoalBoard(versioned, [Placed(goals[0], "2031-02"), Placed(goals[1], "2031-02")]);
        var oneThisMonth = new GoalBoard(versioned, [Placed(goals[0], Month)]);
        var allThisMonth = new GoalBoard(versioned, [Placed(goals[0], Month), Placed(goals[1], Month)]);

        Assert.Equal(goals, FollowUpGoals.ToPlace(lastMonthOnly, member, Month));
        Assert.Equal(goals, FollowUpGoals.ToPlace(oneThisMonth, member, Month));
        Assert.Equal(new Dictionary<Guid, int> { [goals[0].Id] = 0 }, FollowUpGoals.LevelsIn(oneThisMonth, member, Month));
        Assert.Empty(FollowUpGoals.ToPlace(allThisMonth, member, Month));
    }

    [Theory]
    [InlineData("3")]
    [InlineData("-3")]
    [InlineData("beaucoup")]
    public void A_level_off_the_scale_is_refused_naming_the_goals_input(string level)
    {
        var member = new PersonId(Guid.Parse("00000000-0000-0000-0000-0000000000a1"));
        var goal = LargestGoals(member)[0];
        var board = new GoalBoard([new(goal, "v")], []);

        var result = FollowUpGoals.Check(member, board, new Dictionary<string, string?> { [goal.Id.ToString("N")] = level }, Month, ABoard.Now);

        Assert.Equal([(FollowUpGoals.InputPrefix + goal.Id.ToString("N"), "goal.level.range")], result.Errors.Select(e => (e.Field, e.Code)));
    }

    private static JsonObject[] Nodes(JsonNode? node) => node switch
    {
        JsonObject o when o["type"] is not null => [o, .. o.SelectMany(p => Nodes(p.Value))],
        JsonObject o => [.. o.SelectMany(p => Nodes(p.Value))],
        JsonArray a => [.. a.SelectMany(Nodes)],
        _ => [],
    };
}
