using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentoring.M365Emulator.Tests.Graph;

namespace Mentoring.M365Emulator.Tests.OutlookClient;

/// <summary>The emulator's Outlook saves a draft in the organizer's calendar only, sends the same item once, and discards an unsent draft.</summary>
public sealed class OutlookItemTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static readonly DemoUser Lea = DemoDirectory.Find("lea.dubois@contoso.example")!;
    private static readonly DemoUser Nicolas = DemoDirectory.Find("nicolas.thomas@contoso.example")!;

    private static object Appointment(string subject, string? id = null) => new
    {
        id,
        subject,
        start = new { dateTime = "2027-03-04T18:00:00", timeZone = "Europe/Paris" },
        end = new { dateTime = "2027-03-04T19:00:00", timeZone = "Europe/Paris" },
        attendees = new[] { new { type = "required", emailAddress = new { address = Nicolas.UserPrincipalName, name = Nicolas.DisplayName } } },
        isOnlineMeeting = true,
        onlineMeetingProvider = "teamsForBusiness",
        recurrence = new
        {
            pattern = new { type = "weekly", interval = 2, daysOfWeek = new[] { "thursday" }, firstDayOfWeek = "sunday" },
            range = new { type = "numbered", numberOfOccurrences = 12, startDate = "2027-03-04", recurrenceTimeZone = "Europe/Paris" },
        },
    };

    private async Task<string> PostAsync(string path, object body)
    {
        var response = await fixture.Http.PostAsJsonAsync($"outlook/api/users/{Lea.Id}/items{path}", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<JsonElement[]> EventsAsync(DemoUser mailbox, string subject)
    {
        var graph = new GraphClient(fixture.Http);
        var page = await graph.JsonAsync(HttpMethod.Get, $"users/{mailbox.Id}/events?$top=1000");
        return [.. page.GetProperty("value").EnumerateArray().Where(e => e.GetProperty("subject").GetString() == subject)];
    }

    [Fact]
    public async Task A_saved_draft_is_only_in_the_organizers_calendar_and_sending_it_keeps_its_id_invites_and_adds_the_teams_meeting_once()
    {
        var subject = "Brouillon " + Guid.NewGuid().ToString("N")[..6];

        var draftId = await PostAsync("", Appointment(subject));

        var draft = Assert.Single(await EventsAsync(Lea, subject));
        Assert.True(draft.GetProperty("isDraft").GetBoolean());
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("onlineMeeting").ValueKind);
        Assert.Equal("seriesMaster", draft.GetProperty("type").GetString());
        Assert.Empty(await EventsAsync(Nicolas, subject));

        var sentId = await PostAsync("/send", Appointment(subject, draftId));
        var again = await PostAsync("/send", Appointment(subject + " modifié", draftId));

        Assert.Equal((draftId, draftId), (sentId, again));
        var sent = Assert.Single(await EventsAsync(Lea, subject));
        Assert.False(sent.GetProperty("isDraft").GetBoolean());
        Assert.StartsWith("https://teams.microsoft.com/", sent.GetProperty("onlineMeeting").GetProperty("joinUrl").GetString());
        Assert.Single(await EventsAsync(Nicolas, subject));
    }

    [Fact]
    public async Task Closing_the_form_discards_an_unsent_draft_but_never_a_sent_meeting()
    {
        var (unsent, sent) = ("Abandon " + Guid.NewGuid().ToString("N")[..6], "Envoyé " + Guid.NewGuid().ToString("N")[..6]);
        var draftId = await PostAsync("", Appointment(unsent));
        var sentId = await PostAsync("/send", Appointment(sent));

        Assert.Equal(HttpStatusCode.NoContent, (await fixture.Http.DeleteAsync($"outlook/api/users/{Lea.Id}/items/{draftId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await fixture.Http.DeleteAsync($"outlook/api/users/{Lea.Id}/items/{sentId}")).StatusCode);

        Assert.Empty(await EventsAsync(Lea, unsent));
        Assert.Single(await EventsAsync(Lea, sent));
    }

    [Fact]
    public async Task The_outlook_page_and_its_office_js_stand_in_are_served()
    {
        Assert.Contains("outlook-client.js", await fixture.Http.GetStringAsync("outlook/"));
        Assert.Contains("onReady", await fixture.Http.GetStringAsync("outlook/office.js"));
    }
}
