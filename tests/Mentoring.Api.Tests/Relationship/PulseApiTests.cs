using System.Net;
using Mentoring.Api.Tests.Agendas;
using static Mentoring.Api.Tests.Relationship.RelationshipApi;

namespace Mentoring.Api.Tests.Relationship;

/// <summary>The relationship pulse: from day 30, once per person and pulse; the other's answer shows only once both answered.</summary>
[Collection(AgendaHostCollection.Name)]
public sealed class PulseApiTests(AgendaHostFixture fixture)
{
    [Fact]
    public async Task The_other_person_sees_nothing_before_both_answered_then_a_low_answer_suggests_talking()
    {
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        using var camille = await fixture.Users.AsAsync(Users.Camille);
        var circle = await MentorshipAsync(fixture, hugo, Users.Hugo, Users.Camille);
        var early = await AnswerAsync(hugo, circle, 4, 4);
        Assert.Equal(["pulse.notYet"], Circles.Codes(await Circles.ProblemAsync(early), "pulse"));
        fixture.Clock.Advance(TimeSpan.FromDays(31));

        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(camille, circle, 2, 1)).StatusCode);
        var hugoBefore = await hugo.GetStringAsync($"circles/{circle}/pulse");
        var hugoView = System.Text.Json.Nodes.JsonNode.Parse(hugoBefore)!.AsObject();
        Assert.Equal(1, hugoView["number"]!.GetValue<int>());
        Assert.Empty(hugoView["others"]!.AsArray());
        Assert.False(hugoView["everyoneAnswered"]!.GetValue<bool>());
        Assert.False(hugoView["suggestTalking"]!.GetValue<bool>());
        Assert.DoesNotContain("\"working\":1", hugoBefore);

        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(hugo, circle, 4, 5)).StatusCode);
        var hugoAfter = await PulseAsync(hugo, circle);
        var camilleAfter = await PulseAsync(camille, circle);

        Assert.Equal((2, 1), (hugoAfter["others"]![0]!["useful"]!.GetValue<int>(), hugoAfter["others"]![0]!["working"]!.GetValue<int>()));
        Assert.True(hugoAfter["suggestTalking"]!.GetValue<bool>());
        Assert.Equal((4, 5), (camilleAfter["others"]![0]!["useful"]!.GetValue<int>(), camilleAfter["others"]![0]!["working"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Answering_the_same_pulse_twice_is_refused_and_the_first_answer_stays()
    {
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        var circle = await MentorshipAsync(fixture, hugo, Users.Hugo, Users.Camille);
        fixture.Clock.Advance(TimeSpan.FromDays(31));
        await AnswerAsync(hugo, circle, 5, 5);

        var again = await AnswerAsync(hugo, circle, 1, 1);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var problem = await Circles.ProblemAsync(again);
        Assert.Equal(["pulse.alreadyAnswered"], Circles.Codes(problem, "pulse"));
        Assert.Contains("déjà répondu", problem["errors"]!["pulse"]![0]!.GetValue<string>());
        var mine = (await PulseAsync(hugo, circle))["mine"]!;
        Assert.Equal((5, 5), (mine["useful"]!.GetValue<int>(), mine["working"]!.GetValue<int>()));
    }

    [Fact]
    public async Task An_answer_off_the_scale_is_refused_naming_the_question_and_nothing_is_written()
    {
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        var circle = await MentorshipAsync(fixture, hugo, Users.Hugo, Users.Camille);
        fixture.Clock.Advance(TimeSpan.FromDays(31));

        var response = await AnswerAsync(hugo, circle, 6, 3);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["pulse.answer.range"], Circles.Codes(await Circles.ProblemAsync(response), "useful"));
        Assert.Null((await PulseAsync(hugo, circle))["mine"]);
    }

    [Fact]
    public async Task The_next_pulse_opens_60_days_later_and_asks_again()
    {
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        var circle = await MentorshipAsync(fixture, hugo, Users.Hugo, Users.Camille);
        fixture.Clock.Advance(TimeSpan.FromDays(31));
        await AnswerAsync(hugo, circle, 3, 3);
        fixture.Clock.Advance(TimeSpan.FromDays(60));

        var second = await PulseAsync(hugo, circle);

        Assert.Equal(2, second["number"]!.GetValue<int>());
        Assert.Null(second["mine"]);
        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(hugo, circle, 4, 4)).StatusCode);
    }
}
