using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Mentoring.Api.Tests.Scheduling;

/// <summary>Each person acts only in their own calendar: what a member who does not organize the series is refused, and that nothing is written.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class OrganizerRulesTests(LocalHostFixture fixture)
{
    private readonly GraphProbe graph = new(fixture.Host);

    [Fact]
    public async Task A_member_who_does_not_organize_cannot_cancel_a_session_change_the_cadence_pause_or_close_and_nothing_changes()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        var (id, series) = await ScheduledByLeaAsync(lea);
        var master = series["seriesMasterId"]!.GetValue<string>();
        var session = series["sessions"]![1]!["id"]!.GetValue<string>();
        var requestsBefore = fixture.Host.Emulator.Log.Entries.Count;

        await AssertForbidden(await nicolas.PostAsJsonAsync($"circles/{id}/sessions/{session}/cancel", new { reason = "Je ne peux pas" }), "session.organizerOnly");
        await AssertForbidden(await nicolas.PatchAsJsonAsync($"circles/{id}/series", new { firstDate = Circles.NextWeek(DayOfWeek.Tuesday), startTime = "08:00", timeZone = "Europe/Paris" }), "cadence.organizerOnly");
        await AssertForbidden(await nicolas.PatchAsJsonAsync($"circles/{id}", new { status = "paused" }), "circle.pause.organizerOnly");
        await AssertForbidden(await nicolas.PatchAsJsonAsync($"circles/{id}", new { status = "closed" }), "circle.close.organizerOnly");

        // Nothing was written to any calendar (reads may come from other circles' change notifications in this shared host).
        Assert.DoesNotContain(fixture.Host.Emulator.Log.Entries.Skip(requestsBefore),
            e => e.Method != "GET" && e.PathAndQuery.Contains("/events", StringComparison.OrdinalIgnoreCase));
        var after = (await lea.GetFromJsonAsync<JsonObject>($"circles/{id}/sessions"))!;
        Assert.Equal(Circles.Json(series["sessions"]!), Circles.Json(after["sessions"]!));
        Assert.Equal("active", (await lea.GetFromJsonAsync<JsonObject>($"circles/{id}"))!["status"]!.GetValue<string>());
        Assert.Equal(series["sessions"]!.AsArray().Count, (await graph.InstancesAsync(Users.Lea, master)).Length);
    }

    [Fact]
    public async Task The_refusal_names_the_organizer_in_french_or_english()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var nicolasFr = await fixture.Users.AsAsync(Users.Nicolas);
        using var nicolasEn = await fixture.Users.AsAsync(Users.Nicolas, "en-GB");
        var (id, series) = await ScheduledByLeaAsync(lea);
        var session = series["sessions"]![0]!["id"]!.GetValue<string>();

        var fr = await Circles.ProblemAsync(await nicolasFr.PostAsJsonAsync($"circles/{id}/sessions/{session}/cancel", new { reason = "" }));
        var en = await Circles.ProblemAsync(await nicolasEn.PostAsJsonAsync($"circles/{id}/sessions/{session}/cancel", new { reason = "" }));

        Assert.Equal($"Seul·e {Users.Lea.DisplayName}, qui organise la série dans son calendrier, peut annuler une séance.", fr["detail"]!.GetValue<string>());
        Assert.Equal($"Only {Users.Lea.DisplayName}, who organizes the series in their calendar, can cancel a session.", en["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_peer_cannot_remove_another_peer_and_the_circle_keeps_its_members()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        var (id, _) = await ScheduledByLeaAsync(lea, Users.Manon);

        await AssertForbidden(await nicolas.DeleteAsync($"circles/{id}/members/{Users.Chloe.Id}"), "member.removeOthers.organizerOnly");

        Assert.Equal(4, (await lea.GetFromJsonAsync<JsonObject>($"circles/{id}"))!["members"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_organizer_may_remove_a_peer_but_may_not_leave_the_group_whose_series_is_in_her_calendar()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (id, _) = await ScheduledByLeaAsync(lea, Users.Manon);

        Assert.Equal(HttpStatusCode.OK, (await lea.DeleteAsync($"circles/{id}/members/{Users.Manon.Id}")).StatusCode);
        var leaving = await lea.DeleteAsync($"circles/{id}/members/{Users.Lea.Id}");

        Assert.Equal(HttpStatusCode.Conflict, leaving.StatusCode);
        Assert.Equal("member.organizerLeaving", (await Circles.ProblemAsync(leaving))["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Non_members_get_404_for_every_organizer_action_even_in_the_same_tenant()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var julien = await fixture.Users.AsAsync(Users.Julien);
        var (id, series) = await ScheduledByLeaAsync(lea);
        var session = series["sessions"]![0]!["id"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.NotFound, (await julien.PostAsJsonAsync($"circles/{id}/sessions/{session}/cancel", new { reason = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await julien.PatchAsJsonAsync($"circles/{id}/series", new { firstDate = Circles.NextWeek(), startTime = "08:00" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await julien.DeleteAsync($"circles/{id}/members/{Users.Nicolas.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await julien.PatchAsJsonAsync($"circles/{id}", new { status = "closed" })).StatusCode);
    }

    [Fact]
    public async Task The_mentee_leaving_a_mentorship_closes_it_and_ends_the_mentors_series()
    {
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        var circle = await Circles.CreateAsync(hugo, Circles.Mentorship(Users.Hugo, Users.Manon));
        var id = circle["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.Created, (await hugo.PostAsync($"circles/{id}/series", null)).StatusCode);

        var left = await manon.DeleteAsync($"circles/{id}/members/{Users.Manon.Id}");

        Assert.Equal(HttpStatusCode.OK, left.StatusCode);
        Assert.Equal("closed", (await left.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<string>());
        Assert.Empty(await graph.EventsOfAsync(Users.Hugo, circle["name"]!.GetValue<string>()));
        Assert.Equal("ended", (await hugo.GetFromJsonAsync<JsonObject>($"circles/{id}/sessions"))!["state"]!.GetValue<string>());
    }

    private static async Task<(string Id, JsonObject Series)> ScheduledByLeaAsync(HttpClient lea, params M365Emulator.DemoUser[] more)
    {
        var id = (await Circles.CreateAsync(lea, Circles.PeerGroup([Users.Lea, Users.Nicolas, Users.Chloe, .. more])))["id"]!.GetValue<string>();
        var response = await lea.PostAsync($"circles/{id}/series", null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (id, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    private static async Task AssertForbidden(HttpResponseMessage response, string code)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(code, (await Circles.ProblemAsync(response))["code"]!.GetValue<string>());
    }
}
