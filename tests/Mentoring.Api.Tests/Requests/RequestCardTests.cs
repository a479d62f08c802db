using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Api.Tests.FollowUps;
using Mentoring.Api.Tests.Matching;
using Mentoring.Core.Common;
using Mentoring.Core.Delivery;
using Mentoring.Core.FollowUps;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;
using Mentoring.M365Emulator;
using Microsoft.Extensions.DependencyInjection;
using static Mentoring.Api.Tests.Requests.RequestCardSteps;

namespace Mentoring.Api.Tests.Requests;

/// <summary>
/// The mentor receives a request as a card in their Teams chat with the bot and answers from it; the mentee gets the decision.
/// Oracle: the emulator's chats (what Teams shows) and the API (what is stored), never the card builders.
/// </summary>
[Collection(RequestCardHostCollection.Name)]
public sealed class RequestCardTests(RequestCardHostFixture fixture)
{
    [Fact]
    public async Task A_request_sent_twice_with_the_same_key_puts_one_card_in_the_mentors_chat_in_their_language()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var before = fixture.ChatOf(Users.Priya).Count;
        var key = Guid.NewGuid().ToString();

        var first = await fixture.SendRequestAsync(lea, Users.Priya, "Bonjour Priya, votre parcours m'inspire.", key);
        var second = await fixture.SendRequestAsync(lea, Users.Priya, "Bonjour Priya, votre parcours m'inspire.", key);
        await fixture.Host.DrainQueuesAsync(RequestCardHostFixture.Drain);

        Assert.Equal(first, second);
        var card = Assert.Single(fixture.ChatOf(Users.Priya).Skip(before));
        Assert.Equal(("en", "Léa Dubois asks you to be their mentor"), (card["lang"]!.GetValue<string>(), card["_summary"]!.GetValue<string>()));
        Assert.Contains("Bonjour Priya, votre parcours m'inspire.", Texts(card));
        Assert.Contains("Wants to learn = SQL, Python", Texts(card));
        Assert.Equal(["request.accept", "request.decline"], card["actions"]!.AsArray().Select(a => a!["verb"]!.GetValue<string>()));
        Assert.Equal(OutboxState.Sent, await fixture.OutboxStateAsync(first, CardKind.MentorRequest));
    }

    [Fact]
    public async Task Accepting_from_the_card_creates_the_circle_replaces_the_card_and_the_mentee_gets_the_decision_once()
    {
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        var (mentorBefore, menteeBefore) = (fixture.ChatOf(Users.Manon).Count, fixture.ChatOf(Users.Nicolas).Count);
        var circlesBefore = await Circles.MyCircleIdsAsync(manon);
        var id = await fixture.SendRequestAsync(nicolas, Users.Manon, "Bonjour Manon, accepteriez-vous de m'accompagner ?");
        await fixture.Host.DrainQueuesAsync(RequestCardHostFixture.Drain);
        var card = Assert.Single(fixture.ChatOf(Users.Manon).Skip(mentorBefore));

        var reply = await fixture.PostActivityAsync(CardInvokes.Click(card.ToJsonString(), Users.Manon, new Dictionary<string, string> { ["word"] = "Avec plaisir !" }));
        var again = await fixture.PostActivityAsync(CardInvokes.Click(card.ToJsonString(), Users.Manon, new Dictionary<string, string> { ["word"] = "Encore ?" }, verb: "request.decline"));
        await fixture.Host.DrainQueuesAsync(RequestCardHostFixture.Drain);

        Assert.Equal((200, AdaptiveCard.ContentType), (reply["statusCode"]!.GetValue<int>(), reply["type"]!.GetValue<string>()));
        Assert.Equal("Vous avez accepté la demande de Nicolas Thomas : le cercle est créé", Texts(reply["value"]!.AsObject())[0]);
        Assert.Equal(200, again["statusCode"]!.GetValue<int>());
        Assert.Equal(["Cette demande avait déjà reçu une réponse : rien n'a été modifié.", "Vous avez accepté la demande de Nicolas Thomas : le cercle est créé"], Texts(again["value"]!.AsObject()).Take(2));
        var circles = await Circles.MyCircleIdsAsync(manon);
        var circle = Assert.Single(circles.Except(circlesBefore));
        Assert.Contains(circle, await Circles.MyCircleIdsAsync(nicolas));
        var seen = (await nicolas.GetFromJsonAsync<JsonArray>("me/mentor-requests"))!.Single(r => r!["id"]!.GetValue<string>() == id)!;
        Assert.Equal(("accepted", "Avec plaisir !"), (seen["state"]!.GetValue<string>(), seen["answer"]!.GetValue<string>()));
        var decision = Assert.Single(fixture.ChatOf(Users.Nicolas).Skip(menteeBefore));
        Assert.Equal("Réponse de Manon Lefèvre à votre demande de mentorat", decision["_summary"]!.GetValue<string>());
        Assert.Equal(["Manon Lefèvre a accepté votre demande de mentorat : le cercle est créé", "Son mot = Avec plaisir !"], Texts(decision).Take(2));
    }

    [Fact]
    public async Task Nobody_but_the_mentor_answers_the_card_and_a_refused_invoke_writes_nothing()
    {
        using var chloe = await fixture.Users.AsAsync(Users.Chloe);
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        var mentorBefore = fixture.ChatOf(Users.Hugo).Count;
        var id = await fixture.SendRequestAsync(chloe, Users.Hugo, "Bonjour Hugo !");
        await fixture.Host.DrainQueuesAsync(RequestCardHostFixture.Drain);
        var card = Assert.Single(fixture.ChatOf(Users.Hugo).Skip(mentorBefore)).ToJsonString();

        var stranger = await fixture.PostActivityAsync(CardInvokes.Click(card, Users.Julien, new Dictionary<string, string>()));
        var mentee = await fixture.PostActivityAsync(CardInvokes.Click(card, Users.Chloe, new Dictionary<string, string>()));
        var tooLong = await fixture.PostActivityAsync(CardInvokes.Click(card, Users.Hugo, new Dictionary<string, string> { ["word"] = new string('m', 1_001) }));

        Assert.Equal(["request.notFound", "request.mentorOnly", "text.tooLong"], new[] { stranger, mentee, tooLong }.Select(r => r["value"]!["code"]!.GetValue<string>()));
        Assert.All(new[] { stranger, mentee, tooLong }, r => Assert.Equal((400, "application/vnd.microsoft.error"), (r["statusCode"]!.GetValue<int>(), r["type"]!.GetValue<string>())));
        Assert.Equal("Seul le mentor sollicité peut accepter ou décliner cette demande.", mentee["value"]!["message"]!.GetValue<string>());
        var stored = (await hugo.GetFromJsonAsync<JsonArray>("me/mentor-requests"))!.Single(r => r!["id"]!.GetValue<string>() == id)!;
        Assert.Equal("pending", stored["state"]!.GetValue<string>());
        await hugo.PostAsJsonAsync($"mentor-requests/{id}/decline", new JsonObject());
    }

    [Fact]
    public async Task A_request_answered_in_the_tab_meanwhile_makes_the_card_show_where_it_stands_and_writes_nothing()
    {
        using var camille = await fixture.Users.AsAsync(Users.Camille);
        using var emilie = await fixture.Users.AsAsync(Users.Emilie);
        var mentorBefore = fixture.ChatOf(Users.Emilie).Count;
        var circlesBefore = await Circles.MyCircleIdsAsync(emilie);
        var id = await fixture.SendRequestAsync(camille, Users.Emilie, "Bonjour Émilie !");
        await fixture.Host.DrainQueuesAsync(RequestCardHostFixture.Drain);
        var card = Assert.Single(fixture.ChatOf(Users.Emilie).Skip(mentorBefore)).ToJsonString();
        var declined = await emilie.PostAsJsonAsync($"mentor-requests/{id}/decline", new JsonObject { ["word"] = "Pas ce trimestre, désolée." });
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);

        var reply = await fixture.PostActivityAsync(CardInvokes.Click(card, Users.Emilie, new Dictionary<string, string> { ["word"] = "Oui finalement" }));

        Assert.Equal(200, reply["statusCode"]!.GetValue<int>());
        Assert.Equal(
            ["Cette demande avait déjà reçu une réponse : rien n'a été modifié.", "Vous avez refusé la demande de Camille Martin", "Votre mot = Pas ce trimestre, désolée."],
            Texts(reply["value"]!.AsObject()));
        Assert.Equal(circlesBefore, await Circles.MyCircleIdsAsync(emilie));
        var stored = (await camille.GetFromJsonAsync<JsonArray>("me/mentor-requests"))!.Single(r => r!["id"]!.GetValue<string>() == id)!;
        Assert.Equal(("declined", "Pas ce trimestre, désolée."), (stored["state"]!.GetValue<string>(), stored["answer"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("request.maybe", "{\"request\":\"6f1c4a3e-1d2b-4c5d-8e9f-0a1b2c3d4e5f\"}", "bot.verb.unknown")]
    [InlineData("request.accept", "{\"request\":\"pas-un-id\"}", "id.invalid")]
    [InlineData("request.accept", "{\"request\":\"6f1c4a3e-1d2b-4c5d-8e9f-0a1b2c3d4e5f\"}", "request.notFound")]
    public async Task An_unknown_verb_or_request_is_refused(string verb, string data, string code)
    {
        var reply = await fixture.PostActivityAsync(CardInvokes.Invoke(Users.Julien, verb, JsonNode.Parse(data)!.AsObject()));

        Assert.Equal((400, code), (reply["statusCode"]!.GetValue<int>(), reply["value"]!["code"]!.GetValue<string>()));
    }
}
