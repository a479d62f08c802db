using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.M365Emulator;

namespace Mentoring.Api.Tests.Scheduling;

/// <summary>Membership reaches the calendar, exactly once under faults: attendees follow members, a pause removes the sessions, resuming brings them back.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class MembershipCalendarTests(LocalHostFixture fixture)
{
    private readonly GraphProbe graph = new(fixture.Host);

    [Fact]
    public async Task Adding_and_removing_a_peer_updates_the_series_attendees_with_one_request_on_the_master_each()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        var (id, name, master) = await ScheduledByLeaAsync(lea);

        Assert.Equal(HttpStatusCode.OK, (await Circles.AddAsync(lea, manon, id, Users.Manon)).StatusCode);
        Assert.Equal(1, graph.Succeeded("PATCH", $"/events/{master}"));
        Assert.Equal(Emails(Users.Nicolas, Users.Chloe, Users.Manon), await graph.AttendeesAsync(Users.Lea, master));
        Assert.Single(await graph.EventsOfAsync(Users.Manon, name));

        Assert.Equal(HttpStatusCode.OK, (await manon.DeleteAsync($"circles/{id}/members/{Users.Manon.Id}")).StatusCode);
        Assert.Equal(2, graph.Succeeded("PATCH", $"/events/{master}"));
        Assert.Equal(Emails(Users.Nicolas, Users.Chloe), await graph.AttendeesAsync(Users.Lea, master));
        Assert.Empty(await graph.EventsOfAsync(Users.Manon, name));

        // Nothing is left to do: the timer sends no further update.
        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));
        Assert.Equal(2, graph.Succeeded("PATCH", $"/events/{master}"));
    }

    [Fact]
    public async Task A_member_added_while_graph_is_down_is_saved_at_once_and_invited_once_by_the_timer()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        var (id, name, master) = await ScheduledByLeaAsync(lea);

        // The product met Manon before (her directory copy exists): with Graph down and no copy at all, adding her would be
        // refused before anything is saved (directory.unavailable), which is not this test's case. Without this line the
        // test passed only when an earlier test happened to add her.
        await Circles.CreateAsync(lea, Circles.PeerGroup(Users.Lea, Users.Manon, Users.Chloe));

        HttpResponseMessage added;
        fixture.Host.Emulator.Faults.Configure(new FaultSettings(FailureRate: 1, Statuses: [503], RetryAfterSeconds: 1));
        try
        {
            added = await Circles.AddAsync(lea, manon, id, Users.Manon);
        }
        finally
        {
            fixture.Host.Emulator.Faults.Reset();
        }

        // The membership is committed with its intent; the calendar has not followed yet.
        Assert.True(added.StatusCode == HttpStatusCode.OK, await added.Content.ReadAsStringAsync());
        Assert.Equal(4, (await added.Content.ReadFromJsonAsync<JsonObject>())!["members"]!.AsArray().Count);
        Assert.Equal(0, graph.Succeeded("PATCH", $"/events/{master}"));
        Assert.Empty(await graph.EventsOfAsync(Users.Manon, name));

        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));
        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));

        Assert.Equal(1, graph.Succeeded("PATCH", $"/events/{master}"));
        Assert.Equal(Emails(Users.Nicolas, Users.Chloe, Users.Manon), await graph.AttendeesAsync(Users.Lea, master));
    }

    [Fact]
    public async Task Under_throttling_each_membership_change_reaches_the_attendees_exactly_once()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var julien = await fixture.Users.AsAsync(Users.Julien);
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        var (id, _, master) = await ScheduledByLeaAsync(lea);

        var answers = new List<HttpStatusCode>();
        fixture.Host.Emulator.Faults.Configure(new FaultSettings(FailureRate: 0.5, Statuses: [429, 503], RetryAfterSeconds: 1, Seed: 11));
        try
        {
            answers.Add((await Circles.AddAsync(lea, manon, id, Users.Manon)).StatusCode);
            answers.Add((await Circles.AddAsync(lea, julien, id, Users.Julien)).StatusCode);
            answers.Add((await julien.DeleteAsync($"circles/{id}/members/{Users.Julien.Id}")).StatusCode);
        }
        finally
        {
            fixture.Host.Emulator.Faults.Reset();
        }

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a));
        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));
        var patches = graph.Succeeded("PATCH", $"/events/{master}");
        Assert.InRange(patches, 1, 3);
        Assert.Equal(Emails(Users.Nicolas, Users.Chloe, Users.Manon), await graph.AttendeesAsync(Users.Lea, master));

        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));
        Assert.Equal(patches, graph.Succeeded("PATCH", $"/events/{master}"));
    }

    [Fact]
    public async Task Two_members_added_at_the_same_moment_are_both_in_the_calendar()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        using var julien = await fixture.Users.AsAsync(Users.Julien);
        var lost = new List<string>();

        // Each round races two acceptances (a member joins the series when they say yes) while Graph answers each request after
        // its own delay (jitter), so the earlier change's write sometimes lands after the later one's: without the ETag it
        // would take the later member out again.
        for (var round = 0; round < 6; round++)
        {
            var (id, _, master) = await ScheduledByLeaAsync(lea);
            Assert.Equal(HttpStatusCode.OK, (await lea.PostAsync($"circles/{id}/members/{Users.Manon.Id}", null)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await nicolas.PostAsync($"circles/{id}/members/{Users.Julien.Id}", null)).StatusCode);
            fixture.Host.Emulator.Faults.Configure(new FaultSettings(LatencyMs: 50, LatencyJitterMs: 400, Seed: round));
            HttpResponseMessage[] added;
            try
            {
                added = await Task.WhenAll(
                    manon.PostAsync($"circles/{id}/invitation/accept", null),
                    julien.PostAsync($"circles/{id}/invitation/accept", null));
            }
            finally
            {
                fixture.Host.Emulator.Faults.Reset();
            }

            Assert.All(added, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
            var attendees = await graph.AttendeesAsync(Users.Lea, master);
            if (!attendees.SequenceEqual(Emails(Users.Nicolas, Users.Chloe, Users.Manon, Users.Julien)))
            {
                lost.Add($"round {round}: {string.Join(", ", attendees)}");
            }
        }

        Assert.Empty(lost);
    }

    [Fact]
    public async Task Pausing_removes_the_upcoming_sessions_from_every_calendar_and_resuming_brings_them_back_with_their_ids_once()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (id, name, _) = await ScheduledByLeaAsync(lea);
        var before = (await lea.GetFromJsonAsync<JsonObject>($"circles/{id}/sessions"))!["sessions"]!.AsArray();

        Assert.Equal(HttpStatusCode.OK, (await lea.PatchAsJsonAsync($"circles/{id}", new { status = "paused" })).StatusCode);

        Assert.Empty(await graph.EventsOfAsync(Users.Nicolas, name));
        var paused = (await lea.GetFromJsonAsync<JsonObject>($"circles/{id}/sessions"))!;
        Assert.Equal("paused", paused["state"]!.GetValue<string>());
        Assert.All(paused["sessions"]!.AsArray(), s => Assert.Equal("cancelled", s!["state"]!.GetValue<string>()));

        HttpResponseMessage resumed;
        fixture.Host.Emulator.Faults.Configure(new FaultSettings(FailureRate: 1, Statuses: [503], RetryAfterSeconds: 1));
        try
        {
            resumed = await lea.PatchAsJsonAsync($"circles/{id}", new { status = "active" });
        }
        finally
        {
            fixture.Host.Emulator.Faults.Reset();
        }

        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
        Assert.Equal("pending", (await lea.GetFromJsonAsync<JsonObject>($"circles/{id}/sessions"))!["state"]!.GetValue<string>());
        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));
        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));

        var back = (await lea.GetFromJsonAsync<JsonObject>($"circles/{id}/sessions"))!;
        Assert.Equal("scheduled", back["state"]!.GetValue<string>());
        Assert.Equal(before.Select(s => s!["id"]!.GetValue<string>()), back["sessions"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()));
        Assert.All(back["sessions"]!.AsArray(), s => Assert.Equal("upcoming", s!["state"]!.GetValue<string>()));
        var series = Assert.Single(await graph.EventsOfAsync(Users.Lea, name));
        Assert.Equal(back["seriesMasterId"]!.GetValue<string>(), series["id"]!.GetValue<string>());
        Assert.Single(await graph.EventsOfAsync(Users.Nicolas, name));
    }

    [Fact]
    public async Task Each_resumption_makes_its_own_series_and_a_retried_one_makes_none_more()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (id, name, _) = await ScheduledByLeaAsync(lea);

        // The series each step leaves, read from the product and from Lea's Outlook: other circles of this shared host may
        // create events of their own meanwhile (late change notifications), so the emulator's request log is no oracle here.
        var masters = new List<string> { await MasterAsync(lea, id) };
        foreach (var status in new[] { "paused", "active", "active", "paused", "active" })
        {
            Assert.Equal(HttpStatusCode.OK, (await lea.PatchAsJsonAsync($"circles/{id}", new { status })).StatusCode);
            if (status == "active")
            {
                var master = await MasterAsync(lea, id);
                Assert.Equal(master, Assert.Single(await graph.EventsOfAsync(Users.Lea, name))["id"]!.GetValue<string>());
                masters.Add(master);
            }
        }

        Assert.Equal(3, masters.Distinct().Count());
        Assert.Equal(masters[1], masters[2]);
    }

    private static async Task<string> MasterAsync(HttpClient client, string circle) =>
        (await client.GetFromJsonAsync<JsonObject>($"circles/{circle}/sessions"))!["seriesMasterId"]!.GetValue<string>();

    private static string[] Emails(params DemoUser[] users) => [.. users.Select(u => u.UserPrincipalName).Order()];

    private static async Task<(string Id, string Name, string Master)> ScheduledByLeaAsync(HttpClient lea)
    {
        var circle = await Circles.CreateAsync(lea, Circles.PeerGroup(Users.Lea, Users.Nicolas, Users.Chloe));
        var id = circle["id"]!.GetValue<string>();
        var response = await lea.PostAsync($"circles/{id}/series", null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var series = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return (id, circle["name"]!.GetValue<string>(), series["seriesMasterId"]!.GetValue<string>());
    }
}
