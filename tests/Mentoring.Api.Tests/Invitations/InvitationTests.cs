using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Api.Tests.Scheduling;
using Mentoring.M365Emulator;

namespace Mentoring.Api.Tests.Invitations;

/// <summary>Nobody is in a circle without saying yes: an invitee sees only the name, kind and inviter, gets no calendar invitation
/// until they accept, and may decline.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class InvitationTests(LocalHostFixture fixture)
{
    private readonly GraphProbe graph = new(fixture.Host);

    [Fact]
    public async Task An_invitee_sees_only_the_circles_name_kind_and_inviter_until_she_accepts()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        var circle = await Circles.InviteAsync(lea, Circles.PeerGroup(Users.Lea, Users.Nicolas, Users.Chloe));
        var id = circle["id"]!.GetValue<string>();

        var invitation = Assert.Single((await nicolas.GetFromJsonAsync<JsonArray>("invitations"))!, i => i!["id"]!.GetValue<string>() == id)!.AsObject();
        Assert.Equal(
            ["id", "invitedAt", "invitedBy", "kind", "name", "role", "type"],
            invitation.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal((circle["name"]!.GetValue<string>(), "peerGroup", Users.Lea.DisplayName), (
            invitation["name"]!.GetValue<string>(), invitation["kind"]!.GetValue<string>(), invitation["invitedBy"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, (await nicolas.GetAsync($"circles/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await nicolas.GetAsync($"circles/{id}/sessions")).StatusCode);
        Assert.DoesNotContain(id, await Circles.MyCircleIdsAsync(nicolas));
        Assert.Equal([Users.Lea.Id.ToString()], circle["members"]!.AsArray().Select(m => m!["personId"]!.GetValue<string>()));

        var accepted = await nicolas.PostAsync($"circles/{id}/invitation/accept", null);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Contains(id, await Circles.MyCircleIdsAsync(nicolas));
        Assert.Equal(HttpStatusCode.OK, (await nicolas.GetAsync($"circles/{id}")).StatusCode);
        Assert.DoesNotContain((await nicolas.GetFromJsonAsync<JsonArray>("invitations"))!, i => i!["id"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task An_invitee_gets_no_calendar_invitation_until_she_accepts_then_the_series_invites_her()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        using var chloe = await fixture.Users.AsAsync(Users.Chloe);
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        var circle = await Circles.InviteAsync(lea, Circles.PeerGroup(Users.Lea, Users.Nicolas, Users.Chloe, Users.Manon));
        var (id, name) = (circle["id"]!.GetValue<string>(), circle["name"]!.GetValue<string>());

        // Fewer than three said yes: no series can start.
        Assert.Equal(HttpStatusCode.OK, (await nicolas.PostAsync($"circles/{id}/invitation/accept", null)).StatusCode);
        var early = await lea.PostAsync($"circles/{id}/series", null);
        Assert.Equal("circle.waitingForMembers", (await Circles.ProblemAsync(early))["code"]!.GetValue<string>());
        Assert.Empty(await graph.EventsOfAsync(Users.Lea, name));

        Assert.Equal(HttpStatusCode.OK, (await chloe.PostAsync($"circles/{id}/invitation/accept", null)).StatusCode);
        var series = (await (await lea.PostAsync($"circles/{id}/series", null)).Content.ReadFromJsonAsync<JsonObject>())!;
        var master = series["seriesMasterId"]!.GetValue<string>();

        // The emulator's calendar is the oracle: Manon, still invited, is no attendee and has nothing in her calendar.
        Assert.Equal(Emails(Users.Nicolas, Users.Chloe), await graph.AttendeesAsync(Users.Lea, master));
        Assert.Empty(await graph.EventsOfAsync(Users.Manon, name));

        Assert.Equal(HttpStatusCode.OK, (await manon.PostAsync($"circles/{id}/invitation/accept", null)).StatusCode);

        Assert.Equal(Emails(Users.Nicolas, Users.Chloe, Users.Manon), await graph.AttendeesAsync(Users.Lea, master));
        Assert.Single(await graph.EventsOfAsync(Users.Manon, name));
    }

    [Fact]
    public async Task Declining_removes_the_invitee_and_the_inviter_sees_it_and_a_declined_mentorship_never_begins()
    {
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        var id = (await Circles.InviteAsync(hugo, Circles.Mentorship(Users.Hugo, Users.Manon)))["id"]!.GetValue<string>();
        Assert.Equal("circle.waitingForMembers", (await Circles.ProblemAsync(await hugo.PostAsync($"circles/{id}/series", null)))["code"]!.GetValue<string>());

        var declined = await manon.PostAsync($"circles/{id}/invitation/decline", null);

        Assert.Equal(HttpStatusCode.NoContent, declined.StatusCode);
        var seen = (await hugo.GetFromJsonAsync<JsonObject>($"circles/{id}"))!;
        Assert.Equal("closed", seen["status"]!.GetValue<string>());
        Assert.True(Assert.Single(seen["invited"]!.AsArray())!["declined"]!.GetValue<bool>());
        Assert.Single(seen["members"]!.AsArray());
        Assert.DoesNotContain(id, await Circles.MyCircleIdsAsync(manon));
        Assert.DoesNotContain((await manon.GetFromJsonAsync<JsonArray>("invitations"))!, i => i!["id"]!.GetValue<string>() == id);
        var late = await manon.PostAsync($"circles/{id}/invitation/accept", null);
        Assert.Equal("invitation.notFound", (await Circles.ProblemAsync(late))["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_the_invitee_answers_an_invitation_anyone_else_gets_404()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var julien = await fixture.Users.AsAsync(Users.Julien);
        var id = (await Circles.InviteAsync(lea, Circles.PeerGroup(Users.Lea, Users.Nicolas, Users.Chloe)))["id"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.NotFound, (await julien.PostAsync($"circles/{id}/invitation/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await julien.PostAsync($"circles/{id}/invitation/decline", null)).StatusCode);
        Assert.Single((await lea.GetFromJsonAsync<JsonObject>($"circles/{id}"))!["members"]!.AsArray());
    }

    private static string[] Emails(params DemoUser[] users) => [.. users.Select(u => u.UserPrincipalName).Order()];
}
