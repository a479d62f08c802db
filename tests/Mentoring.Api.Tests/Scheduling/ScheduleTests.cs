using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Mentoring.Api.Tests.Scheduling;

/// <summary>A circle's cadence becomes one real recurring Teams meeting in the organizer's calendar, and its sessions follow Outlook.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class ScheduleTests(LocalHostFixture fixture)
{
    private readonly GraphProbe graph = new(fixture.Host);

    [Fact]
    public async Task Scheduling_a_mentorship_creates_one_teams_series_in_the_calendar_of_the_mentor_who_schedules_with_every_session_at_18_paris()
    {
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        var circle = await Circles.CreateAsync(hugo, Circles.Mentorship(Users.Hugo, Users.Manon));
        var id = circle["id"]!.GetValue<string>();

        var response = await hugo.PostAsync($"circles/{id}/series", null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var series = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(("scheduled", Users.Hugo.Id.ToString()), (series["state"]!.GetValue<string>(), series["organizerId"]!.GetValue<string>()));
        Assert.StartsWith("https://teams.microsoft.com/", series["joinUrl"]!.GetValue<string>());
        Assert.Matches("^19:meeting_.+@thread.v2$", series["chatThreadId"]!.GetValue<string>());
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var sessions = series["sessions"]!.AsArray();
        Assert.Equal(6, sessions.Count);
        Assert.All(sessions, s => Assert.Equal(new TimeOnly(18, 0), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(s!["start"]!.GetValue<DateTimeOffset>(), paris).DateTime)));
        var events = await graph.EventsOfAsync(Users.Hugo, circle["name"]!.GetValue<string>());
        Assert.Single(events);
        var body = events[0]["body"]!["content"]!.GetValue<string>();
        Assert.Contains("mentoring-agenda", body);

        // The tab's link names the app as the tenant's Teams knows it: by its org catalog id, never the manifest's.
        var catalogId = fixture.Host.Emulator.BotConnector.Catalog.CatalogId(Users.Hugo.TenantId, Mentoring.M365Emulator.BotFramework.DemoBot.TeamsAppId);
        Assert.Contains($"https://teams.microsoft.com/l/app/{catalogId}", body);
        Assert.DoesNotContain(Mentoring.M365Emulator.BotFramework.DemoBot.TeamsAppId, body);
        Assert.Contains(events[0]["attendees"]!.AsArray(), a => a!["emailAddress"]!["address"]!.GetValue<string>() == Users.Manon.UserPrincipalName);
    }

    [Fact]
    public async Task The_mentee_who_schedules_is_the_organizer_and_the_series_goes_into_her_calendar_never_the_mentors()
    {
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        var circle = await Circles.CreateAsync(manon, Circles.Mentorship(Users.Hugo, Users.Manon));

        var series = (await (await manon.PostAsync($"circles/{circle["id"]}/series", null)).Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(Users.Manon.Id.ToString(), series["organizerId"]!.GetValue<string>());
        var name = circle["name"]!.GetValue<string>();
        var organized = await graph.EventsOfAsync(Users.Manon, name);
        Assert.Equal(Users.Manon.UserPrincipalName, Assert.Single(organized)["organizer"]!["emailAddress"]!["address"]!.GetValue<string>());
    }

    [Fact]
    public async Task Scheduling_twice_returns_the_same_series_and_creates_nothing_more()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var circle = await Circles.CreateAsync(lea, Circles.PeerGroup(Users.Lea, Users.Nicolas, Users.Chloe));
        var id = circle["id"]!.GetValue<string>();

        var first = (await (await lea.PostAsync($"circles/{id}/series", null)).Content.ReadFromJsonAsync<JsonObject>())!;
        var second = (await (await lea.PostAsync($"circles/{id}/series", null)).Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(first["seriesMasterId"]!.GetValue<string>(), second["seriesMasterId"]!.GetValue<string>());
        Assert.Single(await graph.EventsOfAsync(Users.Lea, circle["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_session_moved_or_cancelled_in_outlook_is_seen_after_the_timer_with_its_id_unchanged()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (id, series) = await ScheduledPeerGroupAsync(lea);
        var master = series["seriesMasterId"]!.GetValue<string>();
        var instances = await graph.InstancesAsync(Users.Lea, master);
        var moved = instances[1];
        var newStart = moved["start"]!["dateTime"]!.GetValue<string>() is var s ? DateTimeOffset.Parse(s + "Z", System.Globalization.CultureInfo.InvariantCulture).AddHours(1) : default;
        await graph.MoveAsync(Users.Lea, moved["id"]!.GetValue<string>(), newStart, TimeSpan.FromHours(1));
        await graph.CancelAsync(Users.Lea, instances[2]["id"]!.GetValue<string>());

        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));

        var sessions = (await lea.GetFromJsonAsync<JsonObject>($"circles/{id}/sessions"))!["sessions"]!.AsArray();
        var before = series["sessions"]!.AsArray();
        Assert.Equal(before.Select(x => x!["id"]!.GetValue<string>()), sessions.Select(x => x!["id"]!.GetValue<string>()));
        Assert.True(sessions[1]!["moved"]!.GetValue<bool>());
        Assert.Equal(newStart, sessions[1]!["start"]!.GetValue<DateTimeOffset>());
        Assert.Equal("cancelled", sessions[2]!["state"]!.GetValue<string>());
        Assert.Equal("upcoming", sessions[0]!["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Cancelling_one_session_cancels_that_occurrence_only()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (id, series) = await ScheduledPeerGroupAsync(lea);
        var third = series["sessions"]![2]!["id"]!.GetValue<string>();

        var response = await lea.PostAsJsonAsync($"circles/{id}/sessions/{third}/cancel", new { reason = "Jour férié" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("cancelled", (await response.Content.ReadFromJsonAsync<JsonObject>())!["state"]!.GetValue<string>());
        Assert.Equal(series["sessions"]!.AsArray().Count - 1, (await graph.InstancesAsync(Users.Lea, series["seriesMasterId"]!.GetValue<string>())).Length);
    }

    [Fact]
    public async Task Changing_the_cadence_updates_the_series_and_its_sessions()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (id, series) = await ScheduledPeerGroupAsync(lea);

        var response = await lea.PatchAsJsonAsync($"circles/{id}/series", new { firstDate = Circles.NextWeek(DayOfWeek.Tuesday), startTime = "12:30", timeZone = "Europe/Paris", occurrences = 4 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sessions = (await response.Content.ReadFromJsonAsync<JsonObject>())!["sessions"]!.AsArray().Where(s => s!["state"]!.GetValue<string>() == "upcoming").ToArray();
        Assert.Equal(4, sessions.Length);
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        Assert.All(sessions, s => Assert.Equal((DayOfWeek.Tuesday, new TimeOnly(12, 30)), Local(s!["start"]!.GetValue<DateTimeOffset>(), paris)));
        Assert.Equal(4, (await graph.InstancesAsync(Users.Lea, series["seriesMasterId"]!.GetValue<string>())).Length);
    }

    [Fact]
    public async Task Closing_a_circle_before_its_first_session_removes_its_series()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (id, _) = await ScheduledPeerGroupAsync(lea);
        var name = (await lea.GetFromJsonAsync<JsonObject>($"circles/{id}"))!["name"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.OK, (await lea.PatchAsJsonAsync($"circles/{id}", new { status = "closed" })).StatusCode);

        Assert.Empty(await graph.EventsOfAsync(Users.Lea, name));
        Assert.Equal("ended", (await lea.GetFromJsonAsync<JsonObject>($"circles/{id}/sessions"))!["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_members_may_schedule_or_read_sessions_or_slots()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var julien = await fixture.Users.AsAsync(Users.Julien);
        using var alex = await fixture.Users.AsAsync(Users.Alex);
        var (id, _) = await ScheduledPeerGroupAsync(lea);

        foreach (var outsider in new[] { julien, alex })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsync($"circles/{id}/series", null)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"circles/{id}/sessions")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"circles/{id}/slots")).StatusCode);
        }
    }

    private async Task<(string Id, JsonObject Series)> ScheduledPeerGroupAsync(HttpClient lea)
    {
        var id = (await Circles.CreateAsync(lea, Circles.PeerGroup(Users.Lea, Users.Nicolas, Users.Chloe)))["id"]!.GetValue<string>();
        var response = await lea.PostAsync($"circles/{id}/series", null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (id, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    private static (DayOfWeek, TimeOnly) Local(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return (local.DayOfWeek, TimeOnly.FromDateTime(local.DateTime));
    }
}
