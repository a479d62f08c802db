using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Api.Tests.Agendas;
using static Mentoring.Api.Tests.Goals.GoalApi;

namespace Mentoring.Api.Tests.Goals;

/// <summary>Goals with five levels: bad scales refused with the field named and nothing written; three at most; placements on one's own only.</summary>
[Collection(AgendaHostCollection.Name)]
public sealed class GoalTests(AgendaHostFixture fixture)
{
    [Theory]
    [InlineData("four levels", "levels", "goal.levels.count")]
    [InlineData("two identical level texts", "levels[3]", "goal.levels.duplicate")]
    [InlineData("no expected level", "levels[2]", "goal.levels.expectedMissing")]
    [InlineData("a weight of 0", "weight", "goal.weight.range")]
    [InlineData("a weight of 100", "weight", "goal.weight.range")]
    public async Task A_bad_scale_is_refused_naming_the_field_in_french_and_nothing_is_written(string bad, string field, string code)
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var circle = await CircleAsync(fixture, lea, Users.Lea, Users.Nicolas, Users.Chloe);
        var draft = bad switch
        {
            "four levels" => Draft("Entretiens", levels: Levels[..4]),
            "two identical level texts" => Draft("Entretiens", levels: [Levels[0], Levels[1], Levels[2], " un ENTRETIEN informatif ", Levels[4]]),
            "no expected level" => Draft("Entretiens", levels: [Levels[0], Levels[1], "  ", Levels[3], Levels[4]]),
            "a weight of 0" => Draft("Entretiens", weight: 0),
            _ => Draft("Entretiens", weight: 100),
        };

        var response = await lea.PostAsJsonAsync($"circles/{circle}/goals", draft);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Circles.ProblemAsync(response);
        Assert.Equal([code], Circles.Codes(problem, field));
        Assert.Empty(Titles(await ViewAsync(lea, circle)));
    }

    [Fact]
    public async Task A_fourth_goal_is_refused_and_the_three_stay()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var circle = await CircleAsync(fixture, lea, Users.Lea, Users.Nicolas, Users.Chloe);
        foreach (var title in new[] { "Chargée de communication", "Animer un atelier", "Trois entretiens" })
        {
            await AddAsync(lea, circle, Draft(title));
        }

        var fourth = await lea.PostAsJsonAsync($"circles/{circle}/goals", Draft("Un quatrième"));

        Assert.Equal(HttpStatusCode.BadRequest, fourth.StatusCode);
        Assert.Equal(["goal.tooMany"], Circles.Codes(await Circles.ProblemAsync(fourth), "goals"));
        Assert.Equal(["Chargée de communication", "Animer un atelier", "Trois entretiens"], Titles(await ViewAsync(lea, circle)));
    }

    [Fact]
    public async Task A_private_goal_is_seen_by_its_author_only_and_nobody_places_themselves_on_someone_elses()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        var circle = await CircleAsync(fixture, lea, Users.Lea, Users.Nicolas, Users.Chloe);
        var secret = await AddAsync(nicolas, circle, Draft("Quitter la banque sans le dire"));
        var shared = await AddAsync(nicolas, circle, Draft("Trois entretiens informatifs", sharing: "circle"));

        Assert.Equal(["Quitter la banque sans le dire", "Trois entretiens informatifs"], Titles(await ViewAsync(nicolas, circle)));
        var leaSees = await lea.GetStringAsync($"circles/{circle}/goals");
        Assert.DoesNotContain("Quitter la banque", leaSees);
        Assert.Equal(["Trois entretiens informatifs"], Titles(JsonNode.Parse(leaSees)!.AsObject()));

        var onShared = await PlaceAsync(lea, circle, shared["id"]!.GetValue<string>(), 2);
        var onSecret = await PlaceAsync(lea, circle, secret["id"]!.GetValue<string>(), 2);

        Assert.Equal(HttpStatusCode.Forbidden, onShared.StatusCode);
        Assert.Equal("goal.notYours", (await Circles.ProblemAsync(onShared))["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, onSecret.StatusCode);
        var view = await ViewAsync(nicolas, circle);
        Assert.All(view["goals"]!.AsArray(), g => Assert.Single(g!["trajectory"]!.AsArray()));
    }

    [Fact]
    public async Task Where_I_stand_is_one_point_a_month_and_the_T_score_follows_it()
    {
        using var chloe = await fixture.Users.AsAsync(Users.Chloe);
        var circle = await CircleAsync(fixture, chloe, Users.Chloe, Users.Lea, Users.Nicolas);
        var goal = (await AddAsync(chloe, circle, Draft("Animer un atelier")))["id"]!.GetValue<string>();

        var start = await ViewAsync(chloe, circle);
        Assert.Equal((40.0, 40.0, false), Scores(start));   // baseline −1 alone: 50 + 10·(−1)/√(0.7 + 0.3) = 40

        Assert.Equal(HttpStatusCode.OK, (await PlaceAsync(chloe, circle, goal, 2)).StatusCode);
        Assert.Equal((40.0, 70.0, true), Scores(await ViewAsync(chloe, circle)));
        Assert.Equal(HttpStatusCode.OK, (await PlaceAsync(chloe, circle, goal, 0)).StatusCode);   // a correction the same month
        var corrected = await ViewAsync(chloe, circle);
        Assert.Equal((40.0, 50.0, true), Scores(corrected));
        Assert.Equal(new[] { -1, 0 }, Trajectory(corrected));

        fixture.Clock.Advance(TimeSpan.FromDays(32));
        Assert.False((await ViewAsync(chloe, circle))["placedThisMonth"]!.GetValue<bool>());
        await PlaceAsync(chloe, circle, goal, 1);
        Assert.Equal(new[] { -1, 0, 1 }, Trajectory(await ViewAsync(chloe, circle)));

        var outOfScale = await PlaceAsync(chloe, circle, goal, 3);
        Assert.Equal(["goal.level.range"], Circles.Codes(await Circles.ProblemAsync(outOfScale), "placements[0].level"));
        Assert.Equal(new[] { -1, 0, 1 }, Trajectory(await ViewAsync(chloe, circle)));
    }

    [Fact]
    public async Task A_commitment_serves_its_authors_own_goal_only_and_the_goal_counts_it_made_and_kept()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        var (circle, sessions) = await fixture.ScheduledPeerGroupAsync(lea, Users.Lea, Users.Nicolas, Users.Chloe);
        var goal = (await AddAsync(nicolas, circle, Draft("Trois entretiens informatifs", sharing: "circle")))["id"]!.GetValue<string>();
        var session = AgendaApi.Id(sessions[0]);

        var byOther = await lea.PostAsJsonAsync($"circles/{circle}/sessions/{session}/commitments", new { text = "Pour Nicolas", goalId = goal });
        Assert.Equal(HttpStatusCode.BadRequest, byOther.StatusCode);
        Assert.Equal(["commitment.goal.notYours"], Circles.Codes(await Circles.ProblemAsync(byOther), "goalId"));
        Assert.Empty(AgendaApi.Texts(await AgendaApi.AgendaAsync(lea, circle, session), "commitmentsMade"));

        var made = await nicolas.PostAsJsonAsync($"circles/{circle}/sessions/{session}/commitments", new { text = "Écrire à deux anciens", goalId = goal });
        var commitment = (await made.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(goal, commitment["goalId"]!.GetValue<string>());
        await nicolas.PostAsJsonAsync($"circles/{circle}/sessions/{session}/commitments", new { text = "Sans objectif" });
        await AgendaApi.PatchAsync(nicolas, $"circles/{circle}/commitments/{AgendaApi.Id(commitment)}", new { state = "done" });

        var line = (await ViewAsync(lea, circle))["goals"]![0]!;
        Assert.Equal((1, 1), (line["commitmentsMade"]!.GetValue<int>(), line["commitmentsKept"]!.GetValue<int>()));
    }

    private static (double Start, double Now, bool Placed) Scores(JsonObject view) =>
        (view["tScoreStart"]!.GetValue<double>(), view["tScoreNow"]!.GetValue<double>(), view["placedThisMonth"]!.GetValue<bool>());

    private static int[] Trajectory(JsonObject view) => [.. view["goals"]![0]!["trajectory"]!.AsArray().Select(p => p!["level"]!.GetValue<int>())];
}
