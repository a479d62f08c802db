using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Mentoring.Api.Tests.Agendas.AgendaApi;

namespace Mentoring.Api.Tests.Agendas;

/// <summary>Commitments are carried into every following session until their author closes them; notes stay private.</summary>
[Collection(AgendaHostCollection.Name)]
public sealed class CommitmentAndNoteTests(AgendaHostFixture fixture)
{
    [Fact]
    public async Task An_open_commitment_is_due_in_every_following_session_until_its_author_marks_it_done()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        var (circle, sessions) = await fixture.ScheduledPeerGroupAsync(lea, Users.Lea, Users.Nicolas, Users.Chloe);
        var made = await nicolas.PostAsJsonAsync($"circles/{circle}/sessions/{Id(sessions[0])}/commitments", new { text = "Appeler trois anciens collègues" });
        var commitment = (await made.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        var secondDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(sessions[1]!["start"]!.GetValue<DateTimeOffset>(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime);
        Assert.Equal(secondDate.ToString("yyyy-MM-dd"), commitment["dueDate"]!.GetValue<string>());
        Assert.Equal(["Appeler trois anciens collègues"], Texts(await AgendaAsync(lea, circle, Id(sessions[0])), "commitmentsMade"));
        Assert.Empty(Texts(await AgendaAsync(lea, circle, Id(sessions[0])), "commitmentsDue"));
        Assert.Equal(["Appeler trois anciens collègues"], Texts(await AgendaAsync(lea, circle, Id(sessions[1])), "commitmentsDue"));
        Assert.Equal(["Appeler trois anciens collègues"], Texts(await AgendaAsync(lea, circle, Id(sessions[3])), "commitmentsDue"));

        var byOther = await PatchAsync(lea, $"circles/{circle}/commitments/{Id(commitment)}", new { state = "done" });
        Assert.Equal(HttpStatusCode.Forbidden, byOther.StatusCode);
        Assert.Equal("open", (await AgendaAsync(lea, circle, Id(sessions[1])))["commitmentsDue"]![0]!["state"]!.GetValue<string>());

        var done = await PatchAsync(nicolas, $"circles/{circle}/commitments/{Id(commitment)}", new { state = "done", reason = "Deux rendez-vous pris" });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal("done", (await AgendaAsync(lea, circle, Id(sessions[1])))["commitmentsDue"]![0]!["state"]!.GetValue<string>());
        Assert.Empty(Texts(await AgendaAsync(lea, circle, Id(sessions[3])), "commitmentsDue"));
        Assert.DoesNotContain((await nicolas.GetFromJsonAsync<JsonArray>("commitments"))!, c => Id(c!["commitment"]) == Id(commitment));
        var progress = (await nicolas.GetFromJsonAsync<JsonObject>($"circles/{circle}/progress"))!;
        var mine = progress["members"]!.AsArray().Single(m => m!["personId"]!.GetValue<string>() == Users.Nicolas.Id.ToString())!;
        Assert.Equal((1, 1, 0), (mine["commitmentsMade"]!.GetValue<int>(), mine["kept"]!.GetValue<int>(), mine["open"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_commitment_due_before_today_in_the_circles_zone_is_refused_and_not_written()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (circle, sessions) = await fixture.ScheduledPeerGroupAsync(lea, Users.Lea, Users.Nicolas, Users.Chloe);
        var yesterday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(fixture.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime).AddDays(-1);

        var response = await lea.PostAsJsonAsync($"circles/{circle}/sessions/{Id(sessions[0])}/commitments", new { text = "Relancer", dueDate = yesterday.ToString("yyyy-MM-dd") });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["commitment.dueDate.past"], Circles.Codes(await Circles.ProblemAsync(response), "dueDate"));
        Assert.Empty(Texts(await AgendaAsync(lea, circle, Id(sessions[0])), "commitmentsMade"));
    }

    [Fact]
    public async Task A_private_note_is_read_by_its_author_only_through_any_route()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);       // the organizer
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        var (circle, sessions) = await fixture.ScheduledPeerGroupAsync(lea, Users.Lea, Users.Nicolas, Users.Chloe);
        var session = Id(sessions[0]);
        const string secret = "Je doute de ma reconversion";
        var written = (await (await nicolas.PutAsJsonAsync($"circles/{circle}/sessions/{session}/note", new { text = secret })).Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(secret, (await nicolas.GetFromJsonAsync<JsonObject>($"circles/{circle}/sessions/{session}/note"))!["text"]!.GetValue<string>());
        Assert.Equal(secret, (await nicolas.GetFromJsonAsync<JsonObject>($"circles/{circle}/notes/{Id(written)}"))!["text"]!.GetValue<string>());
        Assert.True((await AgendaAsync(nicolas, circle, session))["hasMyNote"]!.GetValue<bool>());

        var byId = await lea.GetAsync($"circles/{circle}/notes/{Id(written)}");
        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        Assert.Equal("", (await lea.GetFromJsonAsync<JsonObject>($"circles/{circle}/sessions/{session}/note"))!["text"]!.GetValue<string>());
        Assert.False((await AgendaAsync(lea, circle, session))["hasMyNote"]!.GetValue<bool>());
        var everythingLeaReads = string.Join("\n", await Task.WhenAll(new[]
        {
            $"circles/{circle}/sessions/{session}/agenda", $"circles/{circle}/sessions/{session}/note", $"circles/{circle}/notes/{Id(written)}",
            $"circles/{circle}/reciprocity", $"circles/{circle}/progress", "me/progress", "commitments", $"circles/{circle}", $"circles/{circle}/sessions",
        }.Select(url => lea.GetStringAsync(url).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : ""))));
        Assert.DoesNotContain(secret, everythingLeaReads);
    }

    [Fact]
    public async Task Peers_thank_each_other_and_everyone_sees_the_balance_but_nobody_thanks_themselves()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var chloe = await fixture.Users.AsAsync(Users.Chloe);
        var (circle, _) = await fixture.ScheduledPeerGroupAsync(lea, Users.Lea, Users.Nicolas, Users.Chloe);

        var thanks = await lea.PostAsJsonAsync($"circles/{circle}/thanks", new { to = Users.Chloe.Id.ToString(), what = "Relecture de mon CV" });
        var self = await lea.PostAsJsonAsync($"circles/{circle}/thanks", new { to = Users.Lea.Id.ToString(), what = "Moi" });

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.BadRequest), (thanks.StatusCode, self.StatusCode));
        var balance = (await chloe.GetFromJsonAsync<JsonObject>($"circles/{circle}/reciprocity"))!["balance"]!.AsArray();
        int Of(string who, string field) => balance.Single(b => b!["personId"]!.GetValue<string>() == who)![field]!.GetValue<int>();
        Assert.Equal((1, 0, 0, 1), (Of(Users.Lea.Id.ToString(), "given"), Of(Users.Lea.Id.ToString(), "received"), Of(Users.Chloe.Id.ToString(), "given"), Of(Users.Chloe.Id.ToString(), "received")));
    }

    [Fact]
    public async Task Fifty_concurrent_edits_by_five_members_lose_nothing()
    {
        var peers = new[] { Users.Lea, Users.Nicolas, Users.Chloe, Users.Camille, Users.Manon };
        var clients = await Task.WhenAll(peers.Select(p => fixture.Users.AsAsync(p)));
        var (circle, sessions) = await fixture.ScheduledPeerGroupAsync(clients[0], peers);
        var session = Id(sessions[0]);
        var items = await Task.WhenAll(clients.Select((c, i) => AddedItemAsync(c, circle, session, "topic", $"Sujet {i}")));

        // Each member rewrites their own item 9 times in a row while the organizer ticks every item: the same rows, at once.
        string Url(int i) => $"circles/{circle}/sessions/{session}/agenda/items/{Id(items[i])}";
        var writers = clients.Select(async (c, i) =>
        {
            var statuses = new List<HttpStatusCode>();
            for (var n = 1; n <= 9; n++)
            {
                statuses.Add((await PatchAsync(c, Url(i), new { text = $"Sujet {i} v{n}" })).StatusCode);
            }

            return statuses;
        }).Concat(Enumerable.Range(0, 5).Select(async i =>
        {
            await Task.Delay(5 * i);
            return new List<HttpStatusCode> { (await PatchAsync(clients[0], Url(i), new { discussed = true })).StatusCode };
        }));
        var statuses = (await Task.WhenAll(writers)).SelectMany(s => s).ToArray();

        Assert.Equal(50, statuses.Length);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        var agenda = await AgendaAsync(clients[1], circle, session);
        Assert.Equal(Enumerable.Range(0, 5).Select(i => ($"Sujet {i} v9", true)), agenda["items"]!.AsArray().Select(i => (i!["text"]!.GetValue<string>(), i["discussed"]!.GetValue<bool>())).Order());
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task The_meeting_side_panel_finds_the_circle_by_chat_thread_or_join_url_for_members_only()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var julien = await fixture.Users.AsAsync(Users.Julien);
        var (circle, sessions) = await fixture.ScheduledPeerGroupAsync(lea, Users.Lea, Users.Nicolas, Users.Chloe);
        var series = (await lea.GetFromJsonAsync<JsonObject>($"circles/{circle}/sessions"))!;
        var thread = series["chatThreadId"]!.GetValue<string>();
        var joinUrl = series["joinUrl"]!.GetValue<string>();

        var byThread = (await lea.GetFromJsonAsync<JsonObject>($"meetings/{Uri.EscapeDataString(thread)}"))!;
        var byJoin = (await lea.GetFromJsonAsync<JsonObject>($"meetings?joinUrl={Uri.EscapeDataString(joinUrl)}"))!;
        var outsider = await julien.GetAsync($"meetings/{Uri.EscapeDataString(thread)}");

        Assert.Equal((circle, Id(sessions[0])), (byThread["circleId"]!.GetValue<string>(), Id(byThread["session"])));
        Assert.Equal(circle, byJoin["circleId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
    }
}
