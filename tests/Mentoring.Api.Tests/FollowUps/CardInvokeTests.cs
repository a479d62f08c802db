using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Core.FollowUps;
using Mentoring.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;
using static Mentoring.Api.Tests.Agendas.AgendaApi;
using static Mentoring.Api.Tests.FollowUps.FollowUpHostFixture;

namespace Mentoring.Api.Tests.FollowUps;

/// <summary>A member answers the follow-up card in Teams: the invoke on /api/messages, through the local host, with channel tokens from the emulator.</summary>
[Collection(FollowUpHostCollection.Name)]
public sealed class CardInvokeTests(FollowUpHostFixture fixture)
{
    [Fact]
    public async Task Answering_the_card_updates_the_next_agenda_and_the_balance_and_answers_with_the_summary()
    {
        var s = await fixture.PeerGroupAfterSecondSessionAsync([Users.Lea, Users.Nicolas, Users.Chloe], async (circle, sessions) =>
        {
            using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
            await nicolas.PostAsJsonAsync($"circles/{circle}/sessions/{Id(sessions[0])}/commitments", new { text = "Relire ma lettre de motivation" });
        });
        var card = (await fixture.Cards.FollowUpAsync(Contoso, s.Circle, s.Sessions[1], IdOf(Users.Nicolas), default))!;
        var due = Assert.Single(CardInvokes.CommitmentInputs(card.CardJson));

        var response = await fixture.PostActivityAsync(CardInvokes.Click(card.CardJson, Users.Nicolas, new Dictionary<string, string>
        {
            ["attended"] = "yes", [due] = "done", ["newCommitment1"] = "Appeler deux anciens collègues", ["newCommitment2"] = "Mettre à jour mon CV",
            ["blocker"] = "Aucune réponse des recruteurs", ["usefulness"] = "4", ["helpedBy"] = Users.Chloe.Id.ToString(),
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((200, AdaptiveCard.ContentType), (reply["statusCode"]!.GetValue<int>(), reply["type"]!.GetValue<string>()));
        Assert.StartsWith("Merci, votre suivi", reply["value"]!["body"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(CardVerbs.EditFollowUp, reply["value"]!["actions"]![0]!["verb"]!.GetValue<string>());
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var next = await AgendaAsync(lea, s.Id, s.Sessions[2]);
        Assert.Equal(["Relire ma lettre de motivation", "Appeler deux anciens collègues", "Mettre à jour mon CV"], Texts(next, "commitmentsDue"));
        Assert.Equal("done", next["commitmentsDue"]![0]!["state"]!.GetValue<string>());
        Assert.Equal([("blocker", "Aucune réponse des recruteurs")], next["items"]!.AsArray().Select(i => (i!["kind"]!.GetValue<string>(), i["text"]!.GetValue<string>())));
        var balance = (await lea.GetFromJsonAsync<JsonObject>($"circles/{s.Id}/reciprocity"))!["balance"]!.AsArray();
        Assert.Equal(1, balance.Single(b => b!["personId"]!.GetValue<string>() == Users.Chloe.Id.ToString())!["received"]!.GetValue<int>());
        Assert.Null(await fixture.Cards.FollowUpAsync(Contoso, s.Circle, s.Sessions[1], IdOf(Users.Nicolas), default));
        Assert.NotNull(await fixture.Cards.FollowUpAsync(Contoso, s.Circle, s.Sessions[1], IdOf(Users.Chloe), default));
    }

    [Fact]
    public async Task Modify_brings_the_card_back_filled_in_and_a_second_answer_replaces_the_first()
    {
        var s = await fixture.PeerGroupAfterSecondSessionAsync([Users.Lea, Users.Nicolas, Users.Chloe]);
        var card = (await fixture.Cards.FollowUpAsync(Contoso, s.Circle, s.Sessions[1], IdOf(Users.Chloe), default))!;
        var first = await ReplyAsync(CardInvokes.Click(card.CardJson, Users.Chloe, new Dictionary<string, string>
        {
            ["attended"] = "yes", ["newCommitment1"] = "Écrire à Marie", ["blocker"] = "Le temps", ["usefulness"] = "3", ["helpedBy"] = $"{Users.Lea.Id},{Users.Nicolas.Id}",
        }));

        var edit = await ReplyAsync(CardInvokes.Click(first["value"]!.ToJsonString(), Users.Chloe, new Dictionary<string, string>()));
        var questions = edit["value"]!;
        Assert.Equal(CardVerbs.SubmitFollowUp, questions["actions"]![0]!["verb"]!.GetValue<string>());
        Assert.Equal("Écrire à Marie", questions["body"]!.AsArray().Single(n => n!["id"]?.GetValue<string>() == "newCommitment1")!["value"]!.GetValue<string>());
        var second = await ReplyAsync(CardInvokes.Click(questions.ToJsonString(), Users.Chloe, new Dictionary<string, string>
        {
            ["attended"] = "yes", ["newCommitment1"] = "Écrire à Marie et à Paul", ["blocker"] = "", ["usefulness"] = "5", ["helpedBy"] = Users.Nicolas.Id.ToString(),
        }));

        Assert.Equal(200, second["statusCode"]!.GetValue<int>());
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var next = await AgendaAsync(lea, s.Id, s.Sessions[2]);
        Assert.Equal(["Écrire à Marie et à Paul"], Texts(next, "commitmentsDue"));
        Assert.Empty(next["items"]!.AsArray());
        var thanks = (await lea.GetFromJsonAsync<JsonObject>($"circles/{s.Id}/reciprocity"))!["thanks"]!.AsArray();
        Assert.Equal([Users.Nicolas.Id.ToString()], thanks.Where(t => t!["fromId"]!.GetValue<string>() == Users.Chloe.Id.ToString()).Select(t => t!["toId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_card_replayed_after_the_answer_changed_is_refused_as_out_of_date_and_changes_nothing()
    {
        var s = await fixture.PeerGroupAfterSecondSessionAsync([Users.Lea, Users.Nicolas, Users.Chloe]);
        var card = (await fixture.Cards.FollowUpAsync(Contoso, s.Circle, s.Sessions[1], IdOf(Users.Nicolas), default))!;
        var first = await ReplyAsync(CardInvokes.Click(card.CardJson, Users.Nicolas, new Dictionary<string, string> { ["attended"] = "yes", ["newCommitment1"] = "Appeler Paul" }));
        var questions = (await ReplyAsync(CardInvokes.Click(first["value"]!.ToJsonString(), Users.Nicolas, new Dictionary<string, string>())))["value"]!.ToJsonString();
        await ReplyAsync(CardInvokes.Click(questions, Users.Nicolas, new Dictionary<string, string> { ["attended"] = "no" }));

        var replayed = await ReplyAsync(CardInvokes.Click(card.CardJson, Users.Nicolas, new Dictionary<string, string> { ["attended"] = "yes", ["newCommitment1"] = "Appeler Paul" }));

        Assert.Equal((412, "application/vnd.microsoft.error.preconditionFailed", "followUp.stale"),
            (replayed["statusCode"]!.GetValue<int>(), replayed["type"]!.GetValue<string>(), replayed["value"]!["code"]!.GetValue<string>()));
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        Assert.Empty(Texts(await AgendaAsync(lea, s.Id, s.Sessions[2]), "commitmentsDue"));
    }

    public static TheoryData<string, string, string, string> BadInvokes() => new()
    {
        { "usefulness", "0", "followUp.usefulness.range", "fr" },
        { "usefulness", "6", "followUp.usefulness.range", "fr" },
        { "usefulness", "five", "followUp.usefulness.range", "en" },
        { "newCommitments", "10", "followUp.newCommitments.tooMany", "fr" },
        { "blocker", new string('x', 10_000), "text.tooLong", "en" },
        { "verb", "followup.delete", "bot.verb.unknown", "fr" },
        { "member", "another", "followUp.notYourCard", "fr" },
        { "circle", "notMine", "circle.notFound", "en" },
        { "session", "20990101T0000Z", "session.notFound", "fr" },
    };

    [Theory]
    [MemberData(nameof(BadInvokes))]
    public async Task A_bad_invoke_gets_a_clear_error_in_the_persons_language_and_writes_nothing(string what, string value, string code, string language)
    {
        // Nicolas reads French, Priya English (their directory locales).
        var by = language == "fr" ? Users.Nicolas : Users.Priya;
        var s = await fixture.PeerGroupAfterSecondSessionAsync([Users.Lea, Users.Nicolas, Users.Priya]);
        var other = await fixture.PeerGroupAfterSecondSessionAsync([Users.Lea, Users.Chloe, Users.Emilie]);
        var card = (await fixture.Cards.FollowUpAsync(Contoso, s.Circle, s.Sessions[1], IdOf(by), default))!.CardJson;
        var inputs = new Dictionary<string, string> { ["attended"] = "yes", ["usefulness"] = "3" };
        var invoke = what switch
        {
            "usefulness" or "blocker" => CardInvokes.Click(card, by, new Dictionary<string, string>(inputs) { [what] = value }),
            "newCommitments" => CardInvokes.Click(card, by, new Dictionary<string, string>(inputs.Concat(Enumerable.Range(1, 10).Select(i => KeyValuePair.Create($"newCommitment{i}", $"Engagement {i}"))))),
            "verb" => CardInvokes.Click(card, by, inputs, verb: value),
            "member" => CardInvokes.Click(card, by == Users.Nicolas ? Users.Priya : Users.Nicolas, inputs),
            "circle" => CardInvokes.Click(card, by, new Dictionary<string, string>(inputs) { ["circle"] = other.Id }),
            _ => CardInvokes.Click(card, by, new Dictionary<string, string>(inputs) { ["session"] = value }),
        };
        if (what == "member")
        {
            by = by == Users.Nicolas ? Users.Priya : Users.Nicolas;
            language = by == Users.Nicolas ? "fr" : "en";
        }

        var storage = fixture.Host.Services.GetRequiredService<StorageRequestCounter>();
        await fixture.SettleAsync();
        storage.StartRecording();
        var reply = await ReplyAsync(invoke);

        Assert.Equal((400, "application/vnd.microsoft.error", code), (reply["statusCode"]!.GetValue<int>(), reply["type"]!.GetValue<string>(), reply["value"]!["code"]!.GetValue<string>()));
        var message = reply["value"]!["message"]!.GetValue<string>();
        Assert.NotEqual(code, message);
        Assert.Equal(language == "en", Mentoring.Functions.Http.ErrorMessages.Format(code, null, english: true).Split(' ')[0] == message.Split(' ')[0]);
        Assert.DoesNotContain(storage.StopRecording(), r => r.Method != "GET");
        Assert.NotNull(await fixture.Cards.FollowUpAsync(Contoso, s.Circle, s.Sessions[1], IdOf(Users.Nicolas), default));
    }

    private async Task<JsonObject> ReplyAsync(JsonObject invoke)
    {
        var response = await fixture.PostActivityAsync(invoke);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
