using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Api.Tests.Scheduling;
using Mentoring.M365Emulator;

namespace Mentoring.Api.Tests.Outlook;

/// <summary>A series made in Outlook becomes a circle's series, once, and is managed from then on as one the product created.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class AdoptionTests(LocalHostFixture fixture)
{
    private readonly GraphProbe graph = new(fixture.Host);

    private static DateOnly NextWeek => DateOnly.Parse(Circles.NextWeek(), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_sent_fortnightly_appointment_becomes_the_peer_groups_series_with_its_twelve_sessions_and_its_teams_meeting()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var id = await PeerGroupAsync(lea);
        var itemId = await graph.CreateEventAsync(Users.Lea, Appointments.Fortnightly(NextWeek, Users.Nicolas, Users.Chloe));

        var response = await lea.PostAsJsonAsync($"circles/{id}/series/adopt", new { itemId });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var series = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(("scheduled", itemId, Users.Lea.Id.ToString()), (series["state"]!.GetValue<string>(), series["seriesMasterId"]!.GetValue<string>(), series["organizerId"]!.GetValue<string>()));
        Assert.StartsWith("https://teams.microsoft.com/", series["joinUrl"]!.GetValue<string>());
        Assert.Matches("^19:meeting_.+@thread.v2$", series["chatThreadId"]!.GetValue<string>());
        var instances = await graph.InstancesAsync(Users.Lea, itemId);
        Assert.Equal(12, instances.Length);
        Assert.Equal(
            instances.Select(i => DateTimeOffset.Parse(i["start"]!["dateTime"]!.GetValue<string>() + "Z", System.Globalization.CultureInfo.InvariantCulture)).Order(),
            series["sessions"]!.AsArray().Select(s => s!["start"]!.GetValue<DateTimeOffset>()).Order());
    }

    [Fact]
    public async Task A_monthly_appointment_with_the_mentor_becomes_the_mentorships_series_and_its_item_names_the_circle_to_members_only()
    {
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        var circle = await Circles.CreateAsync(manon, Circles.Mentorship(Users.Hugo, Users.Manon));
        var id = circle["id"]!.GetValue<string>();
        var itemId = await graph.CreateEventAsync(Users.Manon, Appointments.Monthly(NextWeek, Users.Hugo));

        var series = (await (await manon.PostAsJsonAsync($"circles/{id}/series/adopt", new { itemId })).Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(6, series["sessions"]!.AsArray().Count);
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        var named = (await hugo.GetFromJsonAsync<JsonObject>($"outlook/circle?itemId={Uri.EscapeDataString(itemId)}"))!;
        Assert.Equal((id, "mentorship"), (named["id"]!.GetValue<string>(), named["kind"]!.GetValue<string>()));
        using var julien = await fixture.Users.AsAsync(Users.Julien);
        Assert.Equal(HttpStatusCode.NotFound, (await julien.GetAsync($"outlook/circle?itemId={Uri.EscapeDataString(itemId)}")).StatusCode);
    }

    [Fact]
    public async Task A_series_the_product_created_names_its_circle_to_the_task_pane_opened_on_it()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var id = await PeerGroupAsync(lea);
        var created = (await (await lea.PostAsync($"circles/{id}/series", null)).Content.ReadFromJsonAsync<JsonObject>())!;

        var named = (await lea.GetFromJsonAsync<JsonObject>($"outlook/circle?itemId={Uri.EscapeDataString(created["seriesMasterId"]!.GetValue<string>())}"))!;

        Assert.Equal(id, named["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Adopting_the_same_item_twice_links_it_once_and_another_circle_cannot_take_it()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var id = await PeerGroupAsync(lea);
        var other = await PeerGroupAsync(lea);
        var itemId = await graph.CreateEventAsync(Users.Lea, Appointments.Fortnightly(NextWeek, Users.Nicolas, Users.Chloe));

        var first = (await (await lea.PostAsJsonAsync($"circles/{id}/series/adopt", new { itemId })).Content.ReadFromJsonAsync<JsonObject>())!;
        var again = await lea.PostAsJsonAsync($"circles/{id}/series/adopt", new { itemId });
        var stolen = await lea.PostAsJsonAsync($"circles/{other}/series/adopt", new { itemId });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var second = (await again.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(first["sessions"]!.AsArray().Count, second["sessions"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.Conflict, stolen.StatusCode);
        Assert.Contains("adopt.otherCircle", Circles.Json(await Circles.ProblemAsync(stolen)));
        await AssertNoSeriesAsync(lea, other);
        Assert.Single(await graph.EventsOfAsync(Users.Lea, "Rendez-vous"), e => e["id"]!.GetValue<string>() == itemId);
    }

    public static TheoryData<string, string, string> BadAppointments => new()
    {
        { "none", "attendees", "adopt.attendees.none" },
        { "one", "attendees", "adopt.attendees.count" },
        { "seven", "attendees", "adopt.attendees.count" },
        { "outsider", "attendees", "adopt.attendee.outsideTenant" },
        { "colleague", "attendees", "adopt.attendee.notMember" },
        { "allDay", "itemId", "adopt.allDay" },
        { "single", "itemId", "adopt.notRecurring" },
        { "past", "recurrence.firstDate", "cadence.firstDate.past" },
        { "someoneElses", "itemId", "adopt.itemNotFound" },
        { "attendeeCopy", "itemId", "adopt.notOrganizer" },
    };

    [Theory]
    [MemberData(nameof(BadAppointments))]
    public async Task A_bad_appointment_is_refused_with_its_field_and_code_and_nothing_is_written(string appointment, string field, string code)
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea, "en-GB");
        var id = await PeerGroupAsync(lea);
        var (organizer, body) = appointment switch
        {
            "none" => (Users.Lea, Appointments.Fortnightly(NextWeek)),
            "one" => (Users.Lea, Appointments.Fortnightly(NextWeek, Users.Nicolas)),
            "seven" => (Users.Lea, Appointments.Fortnightly(NextWeek, Users.Nicolas, Users.Chloe, Users.Camille, Users.Hugo, Users.Julien, Users.Manon, Users.Priya)),
            "outsider" => (Users.Lea, Appointments.WithAttendeeAddresses(Appointments.Fortnightly(NextWeek, Users.Nicolas), Users.Alex.UserPrincipalName)),
            "colleague" => (Users.Lea, Appointments.Fortnightly(NextWeek, Users.Nicolas, Users.Julien)),
            "allDay" => (Users.Lea, Appointments.AllDay(NextWeek, Users.Nicolas, Users.Chloe)),
            "single" => (Users.Lea, Appointments.Single(NextWeek, Users.Nicolas, Users.Chloe)),
            "past" => (Users.Lea, Appointments.Fortnightly(NextWeek.AddDays(-21), Users.Nicolas, Users.Chloe)),
            "someoneElses" => (Users.Hugo, Appointments.Fortnightly(NextWeek, Users.Nicolas, Users.Chloe)),
            _ => (Users.Nicolas, Appointments.Fortnightly(NextWeek, Users.Lea, Users.Chloe)),
        };
        var itemId = await graph.CreateEventAsync(organizer, body);
        if (appointment == "attendeeCopy")
        {
            // Léa's pane names her own copy of Nicolas' meeting (each mailbox has its own item, with the same iCalUId).
            var uid = (await graph.GetAsync(organizer, $"events/{itemId}"))["iCalUId"]!.GetValue<string>();
            itemId = (await graph.GetAsync(Users.Lea, "events?$top=100"))["value"]!.AsArray().Single(e => e!["iCalUId"]!.GetValue<string>() == uid)!["id"]!.GetValue<string>();
        }

        var response = await lea.PostAsJsonAsync($"circles/{id}/series/adopt", new { itemId });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Circles.ProblemAsync(response);
        Assert.Equal([code], Circles.Codes(problem, field));
        Assert.DoesNotContain(code, problem["errors"]![field]![0]!.GetValue<string>());
        await AssertNoSeriesAsync(lea, id);
        Assert.Equal(HttpStatusCode.NotFound, (await lea.GetAsync($"outlook/circle?itemId={Uri.EscapeDataString(itemId)}")).StatusCode);
    }

    [Fact]
    public async Task An_item_id_missing_or_malformed_is_refused_before_anything_is_read()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var id = await PeerGroupAsync(lea);

        var missing = await lea.PostAsJsonAsync($"circles/{id}/series/adopt", new { });
        var spaced = await lea.PostAsJsonAsync($"circles/{id}/series/adopt", new { itemId = "AAMk a b" });

        Assert.Equal(["required"], Circles.Codes(await Circles.ProblemAsync(missing), "itemId"));
        Assert.Equal(["id.invalid"], Circles.Codes(await Circles.ProblemAsync(spaced), "itemId"));
        await AssertNoSeriesAsync(lea, id);
    }

    [Fact]
    public async Task Graph_unavailable_records_the_adoption_as_pending_and_the_timer_finishes_it_with_nothing_created()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var id = await PeerGroupAsync(lea);
        var body = Appointments.Fortnightly(NextWeek, Users.Nicolas, Users.Chloe);
        var itemId = await graph.CreateEventAsync(Users.Lea, body);

        HttpResponseMessage response;
        fixture.Host.Emulator.Faults.Configure(new FaultSettings(FailureRate: 1.0, Statuses: [503], RetryAfterSeconds: 1, Seed: 3));
        try
        {
            response = await lea.PostAsJsonAsync($"circles/{id}/series/adopt", new { itemId });
        }
        finally
        {
            fixture.Host.Emulator.Faults.Reset();
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("pending", (await lea.GetFromJsonAsync<JsonObject>($"circles/{id}/sessions"))!["state"]!.GetValue<string>());
        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));

        var series = (await lea.GetFromJsonAsync<JsonObject>($"circles/{id}/sessions"))!;
        Assert.Equal(("scheduled", itemId, 12), (series["state"]!.GetValue<string>(), series["seriesMasterId"]!.GetValue<string>(), series["sessions"]!.AsArray().Count));
        Assert.Single(await graph.EventsOfAsync(Users.Lea, body["subject"]!.GetValue<string>()));
    }

    private static async Task<string> PeerGroupAsync(HttpClient lea) =>
        (await Circles.CreateAsync(lea, Circles.PeerGroup(Users.Lea, Users.Nicolas, Users.Chloe)))["id"]!.GetValue<string>();

    private static async Task AssertNoSeriesAsync(HttpClient client, string id)
    {
        var sessions = await client.GetAsync($"circles/{id}/sessions");
        Assert.Equal(HttpStatusCode.NotFound, sessions.StatusCode);
        Assert.Contains("series.notScheduled", await sessions.Content.ReadAsStringAsync());
    }
}
