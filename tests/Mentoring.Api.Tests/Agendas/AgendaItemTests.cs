using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Mentoring.Api.Tests.Agendas.AgendaApi;

namespace Mentoring.Api.Tests.Agendas;

/// <summary>Members prepare a session: any member adds items, authors rewrite theirs, the organizer orders and ticks them.</summary>
[Collection(AgendaHostCollection.Name)]
public sealed class AgendaItemTests(AgendaHostFixture fixture)
{
    [Fact]
    public async Task Members_add_items_the_author_edits_the_organizer_reorders_and_ticks_and_everyone_sees_one_agenda()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        var (circle, sessions) = await fixture.ScheduledPeerGroupAsync(lea, Users.Lea, Users.Nicolas, Users.Chloe);
        var session = Id(sessions[0]);

        var blocker = await AddedItemAsync(nicolas, circle, session, "blocker", "Je bloque sur mon CV.");
        var success = await AddedItemAsync(lea, circle, session, "success", "Premier entretien obtenu !");
        var edited = await PatchAsync(nicolas, $"circles/{circle}/sessions/{session}/agenda/items/{Id(blocker)}", new { text = "Je bloque sur ma lettre." });
        var reordered = await lea.PutAsJsonAsync($"circles/{circle}/sessions/{session}/agenda/order", new { itemIds = new[] { Id(success), Id(blocker) } });
        var ticked = await PatchAsync(lea, $"circles/{circle}/sessions/{session}/agenda/items/{Id(blocker)}", new { discussed = true });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (edited.StatusCode, reordered.StatusCode, ticked.StatusCode));
        var agenda = await AgendaAsync(nicolas, circle, session);
        Assert.Equal(["Premier entretien obtenu !", "Je bloque sur ma lettre."], Texts(agenda));
        Assert.True(agenda["items"]![1]!["discussed"]!.GetValue<bool>());
        Assert.Equal((Users.Lea.DisplayName, true), (agenda["items"]![0]!["authorName"]!.GetValue<string>(), agenda["items"]![1]!["mine"]!.GetValue<bool>()));
        Assert.Equal(Users.Lea.Id.ToString(), agenda["organizerId"]!.GetValue<string>());
        Assert.Equal("Tour de table : réussites et blocages", agenda["sections"]![0]!["title"]!.GetValue<string>());
        Assert.Equal(3, agenda["members"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_member_cannot_edit_or_remove_another_members_item_nor_reorder_or_tick_without_organizing()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas, "en-GB");
        var (circle, sessions) = await fixture.ScheduledPeerGroupAsync(lea, Users.Lea, Users.Nicolas, Users.Chloe);
        var session = Id(sessions[0]);
        var item = await AddedItemAsync(lea, circle, session, "question", "Qui connaît un recruteur ?");
        var url = $"circles/{circle}/sessions/{session}/agenda/items/{Id(item)}";

        var edit = await PatchAsync(nicolas, url, new { text = "Piraté" });
        var remove = await nicolas.DeleteAsync(url);
        var tick = await PatchAsync(nicolas, url, new { discussed = true });
        var reorder = await nicolas.PutAsJsonAsync($"circles/{circle}/sessions/{session}/agenda/order", new { itemIds = new[] { Id(item) } });

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { edit.StatusCode, remove.StatusCode, tick.StatusCode, reorder.StatusCode });
        var problem = await Circles.ProblemAsync(edit);
        Assert.Equal("agenda.item.notAuthor", problem["code"]!.GetValue<string>());
        Assert.Contains("author", problem["detail"]!.GetValue<string>());
        var agenda = await AgendaAsync(lea, circle, session);
        Assert.Equal(["Qui connaît un recruteur ?"], Texts(agenda));
        Assert.False(agenda["items"]![0]!["discussed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Non_members_and_other_tenants_get_404_for_every_agenda_route()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (circle, sessions) = await fixture.ScheduledPeerGroupAsync(lea, Users.Lea, Users.Nicolas, Users.Chloe);
        var session = Id(sessions[0]);
        var item = await AddedItemAsync(lea, circle, session, "topic", "Réseau");

        foreach (var outsider in new[] { Users.Julien, Users.Alex })
        {
            using var client = await fixture.Users.AsAsync(outsider);
            var responses = new[]
            {
                await client.GetAsync($"circles/{circle}/sessions/{session}/agenda"),
                await AddItemAsync(client, circle, session, "topic", "Intrus"),
                await PatchAsync(client, $"circles/{circle}/sessions/{session}/agenda/items/{Id(item)}", new { text = "x" }),
                await client.DeleteAsync($"circles/{circle}/sessions/{session}/agenda/items/{Id(item)}"),
                await client.PostAsJsonAsync($"circles/{circle}/sessions/{session}/commitments", new { text = "x" }),
                await client.GetAsync($"circles/{circle}/sessions/{session}/note"),
                await client.GetAsync($"circles/{circle}/reciprocity"),
                await client.GetAsync($"circles/{circle}/progress"),
            };
            Assert.All(responses, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        }

        Assert.Equal(["Réseau"], Texts(await AgendaAsync(lea, circle, session)));
    }

    [Theory]
    [InlineData("blocker", "", "text", "text.required")]
    [InlineData("blocker", "x2001", "text", "text.tooLong")]
    [InlineData("rant", "Un point", "kind", "agenda.kind.unknown")]
    [InlineData("blocker", "Bip\u0007", "text", "text.controlCharacter")]
    [InlineData("blocker", "facture \u202Egpj.exe", "text", "text.bidiControl")]
    public async Task Bad_items_are_refused_naming_the_field_and_nothing_is_written(string kind, string text, string field, string code)
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (circle, sessions) = await fixture.ScheduledPeerGroupAsync(lea, Users.Lea, Users.Nicolas, Users.Chloe);
        var session = Id(sessions[0]);

        var response = await AddItemAsync(lea, circle, session, kind, text == "x2001" ? new string('x', 2_001) : text);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([code], Circles.Codes(await Circles.ProblemAsync(response), field));
        Assert.Empty(Texts(await AgendaAsync(lea, circle, session)));
    }

    [Fact]
    public async Task Zero_width_characters_are_removed_and_2000_characters_are_accepted()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (circle, sessions) = await fixture.ScheduledPeerGroupAsync(lea, Users.Lea, Users.Nicolas, Users.Chloe);

        var zeroWidth = await AddedItemAsync(lea, circle, Id(sessions[0]), "topic", "ré\u200Bseau\uFEFF");
        var longest = await AddedItemAsync(lea, circle, Id(sessions[0]), "topic", new string('é', 2_000));

        Assert.Equal("réseau", zeroWidth["text"]!.GetValue<string>());
        Assert.Equal(2_000, longest["text"]!.GetValue<string>().Length);
    }

    [Fact]
    public async Task Items_on_an_unknown_or_cancelled_session_are_refused()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (circle, sessions) = await fixture.ScheduledPeerGroupAsync(lea, Users.Lea, Users.Nicolas, Users.Chloe);
        var cancelled = Id(sessions[1]);
        (await lea.PostAsJsonAsync($"circles/{circle}/sessions/{cancelled}/cancel", new { reason = "Férié" })).EnsureSuccessStatusCode();

        var onCancelled = await AddItemAsync(lea, circle, cancelled, "topic", "Réseau");
        var onUnknown = await AddItemAsync(lea, circle, "20990101T1700Z", "topic", "Réseau");

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.NotFound), (onCancelled.StatusCode, onUnknown.StatusCode));
        Assert.Equal("session.cancelled", (await Circles.ProblemAsync(onCancelled))["code"]!.GetValue<string>());
        Assert.Empty(Texts(await AgendaAsync(lea, circle, cancelled)));
    }

    [Fact]
    public async Task A_session_takes_200_items_and_refuses_the_next_with_the_reason()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (circle, sessions) = await fixture.ScheduledPeerGroupAsync(lea, Users.Lea, Users.Nicolas, Users.Chloe);
        var session = Id(sessions[0]);
        for (var batch = 0; batch < 200; batch += 20)
        {
            await Task.WhenAll(Enumerable.Range(batch, 20).Select(i => AddedItemAsync(lea, circle, session, "topic", $"Point {i}")));
        }

        var refused = await AddItemAsync(lea, circle, session, "topic", "Point 201");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await Circles.ProblemAsync(refused);
        Assert.Equal(["agenda.full"], Circles.Codes(problem, "text"));
        Assert.Contains("200", problem["detail"]!.GetValue<string>());
        Assert.Equal(200, Texts(await AgendaAsync(lea, circle, session)).Length);
    }

    [Fact]
    public async Task A_retried_post_with_the_same_idempotency_key_returns_the_same_item_once()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (circle, sessions) = await fixture.ScheduledPeerGroupAsync(lea, Users.Lea, Users.Nicolas, Users.Chloe);
        var session = Id(sessions[0]);

        var first = await AddItemAsync(lea, circle, session, "success", "Formation finie", "key-1");
        var retry = await AddItemAsync(lea, circle, session, "success", "Formation finie", "key-1");
        var reused = await AddItemAsync(lea, circle, session, "success", "Autre chose", "key-1");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Conflict), (first.StatusCode, retry.StatusCode, reused.StatusCode));
        Assert.Equal(Id(await first.Content.ReadFromJsonAsync<JsonObject>()), Id(await retry.Content.ReadFromJsonAsync<JsonObject>()));
        Assert.Equal(["Formation finie"], Texts(await AgendaAsync(lea, circle, session)));
    }
}
