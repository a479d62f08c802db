using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Core.FollowUps;
using static Mentoring.Api.Tests.Agendas.AgendaApi;
using static Mentoring.Api.Tests.FollowUps.FollowUpHostFixture;

namespace Mentoring.Api.Tests.FollowUps;

/// <summary>The same follow-up from the personal tab (the card may be lost), the switch that pauses cards, the reminder card.</summary>
[Collection(FollowUpHostCollection.Name)]
public sealed class FollowUpApiTests(FollowUpHostFixture fixture)
{
    [Fact]
    public async Task The_tab_lists_the_follow_up_to_answer_and_an_answer_put_twice_is_stored_once_with_the_same_effects_as_the_card()
    {
        var s = await fixture.PeerGroupAfterSecondSessionAsync([Users.Lea, Users.Nicolas, Users.Chloe]);
        using var chloe = await fixture.Users.AsAsync(Users.Chloe);
        var mine = (await chloe.GetFromJsonAsync<JsonObject>("me/followups"))!;
        var toAnswer = mine["toAnswer"]!.AsArray().Where(f => f!["circleId"]!.GetValue<string>() == s.Id).ToArray();
        Assert.Equal([s.Sessions[1], s.Sessions[0]], toAnswer.Select(f => f!["sessionId"]!.GetValue<string>()));
        Assert.Equal(2, toAnswer[0]!["peers"]!.AsArray().Count);
        var body = new { attended = true, newCommitments = new[] { "Écrire à Marie" }, blocker = "Le temps", usefulness = 4, helpedBy = new[] { Users.Lea.Id.ToString() }, revision = 0 };

        var first = await chloe.PutAsJsonAsync($"circles/{s.Id}/sessions/{s.Sessions[1]}/followup", body);
        var again = await chloe.PutAsJsonAsync($"circles/{s.Id}/sessions/{s.Sessions[1]}/followup", body);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        Assert.Equal(1, (await again.Content.ReadFromJsonAsync<JsonObject>())!["revision"]!.GetValue<int>());
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var next = await AgendaAsync(lea, s.Id, s.Sessions[2]);
        Assert.Equal(["Écrire à Marie"], Texts(next, "commitmentsDue"));
        Assert.Equal(["Le temps"], Texts(next));
        Assert.Single((await lea.GetFromJsonAsync<JsonObject>($"circles/{s.Id}/reciprocity"))!["thanks"]!.AsArray());
        mine = (await chloe.GetFromJsonAsync<JsonObject>("me/followups"))!;
        Assert.Equal([s.Sessions[1]], mine["answered"]!.AsArray().Where(f => f!["circleId"]!.GetValue<string>() == s.Id).Select(f => f!["sessionId"]!.GetValue<string>()));
        Assert.Equal(4, mine["answered"]![0]!["answer"]!["usefulness"]!.GetValue<int>());
        Assert.Null(await fixture.Cards.FollowUpAsync(Contoso, s.Circle, s.Sessions[1], IdOf(Users.Chloe), default));
    }

    [Fact]
    public async Task Bad_answers_from_the_tab_are_400_naming_the_field_and_a_stale_one_is_409()
    {
        var s = await fixture.PeerGroupAfterSecondSessionAsync([Users.Lea, Users.Nicolas, Users.Chloe]);
        using var chloe = await fixture.Users.AsAsync(Users.Chloe);
        using var julien = await fixture.Users.AsAsync(Users.Julien);
        var url = $"circles/{s.Id}/sessions/{s.Sessions[1]}/followup";

        var five = await chloe.PutAsync(url, new StringContent("""{"attended":true,"usefulness":"five"}""", System.Text.Encoding.UTF8, "application/json"));
        var six = await chloe.PutAsJsonAsync(url, new { attended = true, usefulness = 6 });
        var many = await chloe.PutAsJsonAsync(url, new { attended = true, newCommitments = Enumerable.Range(1, 10).Select(i => $"E{i}").ToArray() });
        var notIn = await julien.PutAsJsonAsync(url, new { attended = true });
        var future = await chloe.PutAsJsonAsync($"circles/{s.Id}/sessions/{s.Sessions[2]}/followup", new { attended = true });
        await chloe.PutAsJsonAsync(url, new { attended = true, revision = 0 });
        var stale = await chloe.PutAsJsonAsync(url, new { attended = false, revision = 0 });

        Assert.Equal(["followUp.usefulness.range"], Circles.Codes(await Circles.ProblemAsync(five), "usefulness"));
        Assert.Equal(["followUp.usefulness.range"], Circles.Codes(await Circles.ProblemAsync(six), "usefulness"));
        Assert.Equal(["followUp.newCommitments.tooMany"], Circles.Codes(await Circles.ProblemAsync(many), "newCommitments"));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.Conflict, HttpStatusCode.Conflict), (notIn.StatusCode, future.StatusCode, stale.StatusCode));
        Assert.Equal("followUp.stale", (await Circles.ProblemAsync(stale))["code"]!.GetValue<string>());
        Assert.True((await chloe.GetFromJsonAsync<JsonObject>(url))!["answer"]!["attended"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_member_who_pauses_a_circles_cards_gets_no_card_but_can_still_answer_and_cannot_pause_someone_else()
    {
        var s = await fixture.PeerGroupAfterSecondSessionAsync([Users.Lea, Users.Nicolas, Users.Chloe]);
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        Assert.NotNull(await fixture.Cards.ReminderAsync(Contoso, s.Circle, s.Sessions[2], IdOf(Users.Nicolas), default));

        var paused = await nicolas.PatchAsJsonAsync($"circles/{s.Id}/members/{Users.Nicolas.Id}", new { cardsPaused = true });
        var others = await nicolas.PatchAsJsonAsync($"circles/{s.Id}/members/{Users.Lea.Id}", new { cardsPaused = true });

        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
        Assert.Equal("followUp.cards.selfOnly", (await Circles.ProblemAsync(others))["code"]!.GetValue<string>());
        Assert.Null(await fixture.Cards.ReminderAsync(Contoso, s.Circle, s.Sessions[2], IdOf(Users.Nicolas), default));
        Assert.Null(await fixture.Cards.FollowUpAsync(Contoso, s.Circle, s.Sessions[1], IdOf(Users.Nicolas), default));
        Assert.NotNull(await fixture.Cards.ReminderAsync(Contoso, s.Circle, s.Sessions[2], IdOf(Users.Lea), default));
        var mine = (await nicolas.GetFromJsonAsync<JsonObject>("me/followups"))!;
        Assert.True(mine["circles"]!.AsArray().Single(c => c!["circleId"]!.GetValue<string>() == s.Id)!["cardsPaused"]!.GetValue<bool>());
        Assert.Contains(mine["toAnswer"]!.AsArray(), f => f!["sessionId"]!.GetValue<string>() == s.Sessions[1]);

        await nicolas.PatchAsJsonAsync($"circles/{s.Id}/members/{Users.Nicolas.Id}", new { cardsPaused = false });
        Assert.NotNull(await fixture.Cards.ReminderAsync(Contoso, s.Circle, s.Sessions[2], IdOf(Users.Nicolas), default));
    }

    [Fact]
    public async Task The_reminder_shows_the_agenda_so_far_and_an_item_added_from_it_is_on_the_agenda_once()
    {
        var s = await fixture.PeerGroupAfterSecondSessionAsync([Users.Lea, Users.Nicolas, Users.Priya]);
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        await AddedItemAsync(lea, s.Id, s.Sessions[2], "question", "Comment relancer un recruteur ?");
        var reminder = (await fixture.Cards.ReminderAsync(Contoso, s.Circle, s.Sessions[2], IdOf(Users.Priya), default))!;
        Assert.Equal("en-US", reminder.Locale);
        Assert.Contains("Comment relancer un recruteur ?", reminder.CardJson, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"Action.OpenUrl\"", reminder.CardJson, StringComparison.Ordinal);

        var invoke = CardInvokes.Click(reminder.CardJson, Users.Priya, new Dictionary<string, string> { ["itemText"] = "Preparing my pitch", ["itemKind"] = "success" });
        var replies = new[] { await fixture.PostActivityAsync(invoke), await fixture.PostActivityAsync(invoke) };

        var card = (await replies[1].Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(CardVerbs.AddReminderItem, card["value"]!["actions"]![0]!["verb"]!.GetValue<string>());
        Assert.Contains("Item added: Preparing my pitch", card["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(["Comment relancer un recruteur ?", "Preparing my pitch"], Texts(await AgendaAsync(lea, s.Id, s.Sessions[2])));
    }
}
