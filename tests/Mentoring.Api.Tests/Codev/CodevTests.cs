using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Api.Tests.Agendas;
using static Mentoring.Api.Tests.Agendas.AgendaApi;

namespace Mentoring.Api.Tests.Codev;

/// <summary>Co-développement mode: only the animateur moves the phase, timings stay within bounds, the client's plan becomes their commitments.</summary>
[Collection(AgendaHostCollection.Name)]
public sealed class CodevTests(AgendaHostFixture fixture)
{
    [Fact]
    public async Task A_consultant_moving_the_phase_gets_403_and_nothing_changes_the_animateurs_move_reaches_every_poll()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var chloe = await fixture.Users.AsAsync(Users.Chloe);
        var (url, _, _) = await StartedAsync(lea);
        var before = await lea.GetAsync(url);
        var version = before.Headers.GetValues("ETag").Single();

        var byConsultant = await lea.PutAsJsonAsync(url + "/phase", new { phase = "clarification" });

        Assert.Equal(HttpStatusCode.Forbidden, byConsultant.StatusCode);
        Assert.Equal("codev.animateurOnly", (await Circles.ProblemAsync(byConsultant))["code"]!.GetValue<string>());
        var unchanged = await PollAsync(lea, url, version);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);

        var byAnimateur = await chloe.PutAsJsonAsync(url + "/phase", new { phase = "clarification" });
        Assert.Equal(HttpStatusCode.OK, byAnimateur.StatusCode);
        var seen = await PollAsync(lea, url, version);
        var state = (await seen.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        Assert.Equal("clarification", state["phase"]!.GetValue<string>());
        Assert.Equal(
            state["phaseStartedAt"]!.GetValue<DateTimeOffset>().AddMinutes(10),
            state["phaseEndsAt"]!.GetValue<DateTimeOffset>());
        Assert.False(state["isAnimateur"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(180)]
    public async Task A_phase_timer_of_0_or_3_hours_is_refused_naming_the_phase_and_nothing_is_written(int minutes)
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var chloe = await fixture.Users.AsAsync(Users.Chloe);
        var (circle, sessions) = await fixture.ScheduledPeerGroupAsync(lea, Users.Lea, Users.Nicolas, Users.Chloe);
        var url = $"circles/{circle}/sessions/{Id(sessions[0])}/codev";

        var refused = await lea.PostAsJsonAsync(url, new { client = Users.Nicolas.Id, animateur = Users.Chloe.Id, minutes = new { clarification = minutes } });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["codev.minutes.range"], Circles.Codes(await Circles.ProblemAsync(refused), "minutes.clarification"));
        Assert.Equal(HttpStatusCode.NotFound, (await lea.GetAsync(url)).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await lea.PostAsJsonAsync(url, new { client = Users.Nicolas.Id, animateur = Users.Chloe.Id })).StatusCode);
        var retimed = await chloe.PutAsJsonAsync(url + "/minutes", new { consultation = minutes });
        Assert.Equal(["codev.minutes.range"], Circles.Codes(await Circles.ProblemAsync(retimed), "minutes.consultation"));
        Assert.Equal(20, (await lea.GetFromJsonAsync<JsonObject>(url))!["minutes"]!["consultation"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_clients_plan_becomes_their_commitments_on_the_next_agenda_and_thanks_the_consultant_whose_idea_they_kept()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        var (url, circle, sessions) = await StartedAsync(lea);
        var plan = new { steps = new object[] { new { text = "Écrire à deux DRH", ideaFrom = Users.Lea.Id }, new { text = "Refaire mon CV" } } };

        var byOther = await lea.PostAsJsonAsync(url + "/plan", plan);

        Assert.Equal(HttpStatusCode.Forbidden, byOther.StatusCode);
        Assert.Equal("codev.clientOnly", (await Circles.ProblemAsync(byOther))["code"]!.GetValue<string>());
        Assert.Empty(Texts(await AgendaAsync(lea, circle, Id(sessions[1])), "commitmentsDue"));

        var given = await nicolas.PostAsJsonAsync(url + "/plan", plan);
        Assert.Equal(HttpStatusCode.Created, given.StatusCode);
        var next = await AgendaAsync(lea, circle, Id(sessions[1]));
        Assert.Equal(["Écrire à deux DRH", "Refaire mon CV"], Texts(next, "commitmentsDue").Order());
        Assert.All(next["commitmentsDue"]!.AsArray(), c => Assert.Equal(Users.Nicolas.Id.ToString(), c!["authorId"]!.GetValue<string>()));
        var thanks = (await lea.GetFromJsonAsync<JsonObject>($"circles/{circle}/reciprocity"))!["thanks"]!.AsArray();
        var toLea = Assert.Single(thanks);
        Assert.Equal((Users.Nicolas.Id.ToString(), Users.Lea.Id.ToString()), (toLea!["fromId"]!.GetValue<string>(), toLea["toId"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Conflict, (await nicolas.PostAsJsonAsync(url + "/plan", plan)).StatusCode);
    }

    /// <summary>A peer group of Léa, Nicolas and Chloé whose first session runs in co-développement mode: Nicolas client, Chloé animateur.</summary>
    private async Task<(string Url, string Circle, JsonArray Sessions)> StartedAsync(HttpClient organizer)
    {
        var (circle, sessions) = await fixture.ScheduledPeerGroupAsync(organizer, Users.Lea, Users.Nicolas, Users.Chloe);
        var url = $"circles/{circle}/sessions/{Id(sessions[0])}/codev";
        var started = await organizer.PostAsJsonAsync(url, new { client = Users.Nicolas.Id, animateur = Users.Chloe.Id });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        return (url, circle, sessions);
    }

    private static Task<HttpResponseMessage> PollAsync(HttpClient client, string url, string version)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("If-None-Match", version);
        return client.SendAsync(request);
    }
}
