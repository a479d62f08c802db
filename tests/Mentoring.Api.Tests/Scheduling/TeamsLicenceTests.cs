using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Mentoring.Api.Tests.Scheduling;

/// <summary>An organizer without a Teams licence still gets the series, without a join URL, and everyone is told why.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class TeamsLicenceTests(LocalHostFixture fixture)
{
    private readonly GraphProbe graph = new(fixture.Host);

    [Fact]
    public async Task A_series_organized_without_a_teams_licence_is_stored_without_a_join_url_and_says_so_in_french_and_english()
    {
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        using var chloe = await fixture.Users.AsAsync(Users.Chloe, "en-GB");
        var circle = await Circles.CreateAsync(nicolas, Circles.PeerGroup(Users.Nicolas, Users.Lea, Users.Chloe));
        var id = circle["id"]!.GetValue<string>();

        HttpResponseMessage response;
        fixture.Host.Emulator.Permissions.RemoveTeamsLicence(Users.Nicolas.Id);
        try
        {
            response = await nicolas.PostAsync($"circles/{id}/series", null);
        }
        finally
        {
            fixture.Host.Emulator.Permissions.Reset();
        }

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("scheduled", created["state"]!.GetValue<string>());
        Assert.Equal("unavailable", created["teamsMeeting"]!.GetValue<string>());
        Assert.Contains("licence Teams", created["teamsMeetingNote"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(string.IsNullOrEmpty(created["joinUrl"]?.GetValue<string>()));
        Assert.True(string.IsNullOrEmpty(created["chatThreadId"]?.GetValue<string>()));
        Assert.NotEmpty(created["sessions"]!.AsArray());

        // Later, read by another member in English: the same facts, in her language.
        var seen = (await chloe.GetFromJsonAsync<JsonObject>($"circles/{id}/sessions"))!;
        Assert.Equal("unavailable", seen["teamsMeeting"]!.GetValue<string>());
        Assert.Contains("no Teams licence", seen["teamsMeetingNote"]!.GetValue<string>(), StringComparison.Ordinal);
        var events = await graph.EventsOfAsync(Users.Nicolas, circle["name"]!.GetValue<string>());
        Assert.False(Assert.Single(events)["isOnlineMeeting"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_series_with_its_teams_meeting_says_it_is_available()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var circle = await Circles.CreateAsync(lea, Circles.PeerGroup(Users.Lea, Users.Nicolas, Users.Chloe));

        var created = (await (await lea.PostAsync($"circles/{circle["id"]!.GetValue<string>()}/series", null)).Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal("available", created["teamsMeeting"]!.GetValue<string>());
        Assert.Null(created["teamsMeetingNote"]);
    }
}
