using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Core.FollowUps;
using Mentoring.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;
using static Mentoring.Api.Tests.FollowUps.FollowUpHostFixture;
using static Mentoring.Api.Tests.Goals.GoalApi;

namespace Mentoring.Api.Tests.FollowUps;

/// <summary>"Where I stand" on the follow-up card, answered in Teams: one placement a month per goal, asked once a month, a bad level writes nothing.</summary>
[Collection(FollowUpHostCollection.Name)]
public sealed class GoalCardInvokeTests(FollowUpHostFixture fixture)
{
    [Fact]
    public async Task Answering_places_each_goal_once_for_the_month_and_the_next_card_that_month_does_not_ask_again()
    {
        var s = await fixture.PeerGroupAfterSecondSessionAsync([Users.Lea, Users.Nicolas, Users.Chloe]);
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        var goal = (await AddAsync(nicolas, s.Id, Draft("Trois entretiens informatifs")))["id"]!.GetValue<string>();
        var card = (await fixture.Cards.FollowUpAsync(Contoso, s.Circle, s.Sessions[1], IdOf(Users.Nicolas), default))!;
        var input = FollowUpGoals.InputPrefix + Guid.Parse(goal).ToString("N");
        Assert.Equal([input], GoalInputs(card.CardJson));

        var reply = await ReplyAsync(CardInvokes.Click(card.CardJson, Users.Nicolas, new Dictionary<string, string> { ["attended"] = "yes", [input] = "1" }));

        Assert.Equal(200, reply["statusCode"]!.GetValue<int>());
        var trajectory = (await ViewAsync(nicolas, s.Id))["goals"]![0]!["trajectory"]!.AsArray();
        Assert.Equal([(true, -1), (false, 1)], trajectory.Select(p => (p!["baseline"]!.GetValue<bool>(), p["level"]!.GetValue<int>())));
        var sameMonth = (await fixture.Cards.FollowUpAsync(Contoso, s.Circle, s.Sessions[0], IdOf(Users.Nicolas), default))!;
        Assert.Empty(GoalInputs(sameMonth.CardJson));
    }

    [Theory]
    [InlineData("3")]
    [InlineData("beaucoup")]
    public async Task A_level_off_the_scale_is_refused_and_nothing_is_written(string level)
    {
        var s = await fixture.PeerGroupAfterSecondSessionAsync([Users.Lea, Users.Nicolas, Users.Chloe]);
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        var goal = (await AddAsync(nicolas, s.Id, Draft("Trois entretiens informatifs")))["id"]!.GetValue<string>();
        var card = (await fixture.Cards.FollowUpAsync(Contoso, s.Circle, s.Sessions[1], IdOf(Users.Nicolas), default))!;
        var inputs = new Dictionary<string, string>
        {
            ["attended"] = "yes", ["newCommitment1"] = "Appeler Paul", [FollowUpGoals.InputPrefix + Guid.Parse(goal).ToString("N")] = level,
        };
        var storage = fixture.Host.Services.GetRequiredService<StorageRequestCounter>();
        await fixture.SettleAsync();
        storage.StartRecording();

        var reply = await ReplyAsync(CardInvokes.Click(card.CardJson, Users.Nicolas, inputs));

        Assert.Equal((400, "goal.level.range"), (reply["statusCode"]!.GetValue<int>(), reply["value"]!["code"]!.GetValue<string>()));
        Assert.DoesNotContain(storage.StopRecording(), r => r.Method != "GET");
        Assert.Single((await ViewAsync(nicolas, s.Id))["goals"]![0]!["trajectory"]!.AsArray());
        Assert.NotNull(await fixture.Cards.FollowUpAsync(Contoso, s.Circle, s.Sessions[1], IdOf(Users.Nicolas), default));
    }

    private static string[] GoalInputs(string card) =>
        [.. JsonNode.Parse(card)!["body"]!.AsArray().Select(n => n!["id"]?.GetValue<string>()).OfType<string>()
            .Where(i => i.StartsWith(FollowUpGoals.InputPrefix, StringComparison.Ordinal))];

    private async Task<JsonObject> ReplyAsync(JsonObject invoke)
    {
        var response = await fixture.PostActivityAsync(invoke);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
