using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Api.Tests.Agendas;
using static Mentoring.Api.Tests.Relationship.RelationshipApi;

namespace Mentoring.Api.Tests.Ending;

/// <summary>A mentorship reaching its agreed end: asked two weeks before, each member answers once (extend or close); both
/// extending adds the fewest months asked, one closing closes the circle and ends its series; bad answers write nothing.</summary>
[Collection(AgendaHostCollection.Name)]
public sealed class EndingApiTests(AgendaHostFixture fixture)
{
    [Fact]
    public async Task The_question_opens_two_weeks_before_the_end_and_both_extending_extends_by_the_fewest_months()
    {
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        using var camille = await fixture.Users.AsAsync(Users.Camille);
        var circle = await AgreedAsync(hugo, camille, months: 4);

        fixture.Clock.Advance(TimeSpan.FromDays(100));
        var early = await AnswerAsync(hugo, circle, "extend", 2);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("ending.notYet", (await Circles.ProblemAsync(early))["code"]!.GetValue<string>());

        fixture.Clock.Advance(TimeSpan.FromDays(15));
        Assert.True((await EndingAsync(camille, circle))["open"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(hugo, circle, "extend", 3)).StatusCode);
        Assert.Equal(1, (await AgreementAsync(hugo, circle))["agreement"]!["version"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(camille, circle, "extend", 2)).StatusCode);

        var extended = (await AgreementAsync(hugo, circle))["agreement"]!;
        Assert.Equal((2, 2), (extended["version"]!.GetValue<int>(), extended["extendedMonths"]!.GetValue<int>()));
        Assert.Equal("active", (await hugo.GetFromJsonAsync<JsonObject>($"circles/{circle}"))!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task One_member_closing_closes_the_circle_and_asks_to_place_oneself_again()
    {
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        using var camille = await fixture.Users.AsAsync(Users.Camille);
        var circle = await AgreedAsync(hugo, camille, months: 3);
        fixture.Clock.Advance(TimeSpan.FromDays(85));

        var closed = await AnswerAsync(camille, circle, "close", null);

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var answer = (await closed.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((true, true), (answer["closed"]!.GetValue<bool>(), answer["placeAgain"]!.GetValue<bool>()));
        var listed = (await hugo.GetFromJsonAsync<JsonArray>("circles"))!.Single(c => c!["id"]!.GetValue<string>() == circle)!;
        Assert.Equal("closed", listed["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_extension_past_the_agreed_duration_or_past_twelve_months_is_refused_and_nothing_is_written()
    {
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        using var camille = await fixture.Users.AsAsync(Users.Camille);
        var circle = await AgreedAsync(hugo, camille, months: 8);
        fixture.Clock.Advance(TimeSpan.FromDays(235));

        var pastDuration = await AnswerAsync(hugo, circle, "extend", 9);
        var pastTwelve = await AnswerAsync(hugo, circle, "extend", 5);

        Assert.Equal(HttpStatusCode.BadRequest, pastDuration.StatusCode);
        Assert.Equal(["ending.extension.pastAgreedDuration"], Circles.Codes(await Circles.ProblemAsync(pastDuration), "months"));
        Assert.Equal(HttpStatusCode.BadRequest, pastTwelve.StatusCode);
        var problem = await Circles.ProblemAsync(pastTwelve);
        Assert.Equal(["agreement.extension.pastTwelveMonths"], Circles.Codes(problem, "months"));
        Assert.Contains("douze mois", problem["errors"]!["months"]![0]!.GetValue<string>());
        var mine = await EndingAsync(hugo, circle);
        Assert.True(mine["open"]!.GetValue<bool>());
        Assert.Null(mine["myChoice"]);
        Assert.Equal(1, (await AgreementAsync(hugo, circle))["agreement"]!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_non_member_cannot_answer_and_a_member_answers_only_once()
    {
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        using var camille = await fixture.Users.AsAsync(Users.Camille);
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var circle = await AgreedAsync(hugo, camille, months: 3);
        fixture.Clock.Advance(TimeSpan.FromDays(85));

        var stranger = await AnswerAsync(lea, circle, "close", null);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal("circle.notFound", (await Circles.ProblemAsync(stranger))["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(hugo, circle, "extend", 2)).StatusCode);
        var twice = await AnswerAsync(hugo, circle, "close", null);

        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(["ending.alreadyAnswered"], Circles.Codes(await Circles.ProblemAsync(twice), "choice"));
        Assert.Equal(("extend", 2), ((await EndingAsync(hugo, circle))["myChoice"]!.GetValue<string>(), (await EndingAsync(hugo, circle))["myMonths"]!.GetValue<int>()));
        Assert.Equal("active", (await camille.GetFromJsonAsync<JsonObject>($"circles/{circle}"))!["status"]!.GetValue<string>());
    }

    /// <summary>A mentorship whose agreement of <paramref name="months"/> both confirmed at the fixture's clock.</summary>
    private async Task<string> AgreedAsync(HttpClient mentor, HttpClient mentee, int months)
    {
        var circle = await MentorshipAsync(fixture, mentor, Users.Hugo, Users.Camille);
        Assert.Equal(HttpStatusCode.OK, (await WriteAsync(mentor, circle, Terms(months))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ConfirmAsync(mentor, circle, 1)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ConfirmAsync(mentee, circle, 1)).StatusCode);
        return circle;
    }

    private static Task<HttpResponseMessage> AnswerAsync(HttpClient client, string circle, string choice, int? months) =>
        client.PostAsJsonAsync($"circles/{circle}/ending/answers", new { choice, months });

    private static async Task<JsonObject> EndingAsync(HttpClient client, string circle) =>
        (await client.GetFromJsonAsync<JsonObject>($"circles/{circle}/ending"))!;
}
