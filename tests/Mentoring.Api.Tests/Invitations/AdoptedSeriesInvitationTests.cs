using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Api.Tests.Outlook;
using Mentoring.Api.Tests.Scheduling;

namespace Mentoring.Api.Tests.Invitations;

/// <summary>
/// A series made in Outlook invites the circle's pending invitees too (its organizer sent it): an invitation that ends without
/// a yes (declined, withdrawn) takes the person out of that series' attendees. And the series' organizer may withdraw an
/// invitation someone else sent.
/// </summary>
[Collection(LocalHostCollection.Name)]
public sealed class AdoptedSeriesInvitationTests(LocalHostFixture fixture)
{
    private readonly GraphProbe graph = new(fixture.Host);

    private static DateOnly NextWeek => DateOnly.Parse(Circles.NextWeek(), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_invitee_who_declines_is_no_longer_an_attendee_of_the_series_adopted_from_outlook()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        using var chloe = await fixture.Users.AsAsync(Users.Chloe);
        using var camille = await fixture.Users.AsAsync(Users.Camille);
        var id = (await Circles.InviteAsync(lea, Circles.PeerGroup(Users.Lea, Users.Nicolas, Users.Chloe, Users.Camille)))["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await nicolas.PostAsync($"circles/{id}/invitation/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await chloe.PostAsync($"circles/{id}/invitation/accept", null)).StatusCode);
        var itemId = await graph.CreateEventAsync(Users.Lea, Appointments.Fortnightly(NextWeek, Users.Nicolas, Users.Chloe, Users.Camille));
        Assert.Equal(HttpStatusCode.OK, (await lea.PostAsJsonAsync($"circles/{id}/series/adopt", new { itemId })).StatusCode);
        Assert.Contains(Users.Camille.Email, await graph.AttendeesAsync(Users.Lea, itemId), StringComparer.OrdinalIgnoreCase);

        Assert.Equal(HttpStatusCode.NoContent, (await camille.PostAsync($"circles/{id}/invitation/decline", null)).StatusCode);

        Assert.Equal(
            new[] { Users.Chloe.Email, Users.Nicolas.Email }.Order(StringComparer.OrdinalIgnoreCase),
            (await graph.AttendeesAsync(Users.Lea, itemId)).Order(StringComparer.OrdinalIgnoreCase),
            StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_series_organizer_withdraws_an_invitation_another_member_sent_and_the_invitee_leaves_its_attendees()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        using var chloe = await fixture.Users.AsAsync(Users.Chloe);
        using var camille = await fixture.Users.AsAsync(Users.Camille);
        var id = (await Circles.InviteAsync(lea, Circles.PeerGroup(Users.Lea, Users.Nicolas, Users.Chloe, Users.Camille)))["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await nicolas.PostAsync($"circles/{id}/invitation/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await chloe.PostAsync($"circles/{id}/invitation/accept", null)).StatusCode);
        var itemId = await graph.CreateEventAsync(Users.Nicolas, Appointments.Fortnightly(NextWeek, Users.Lea, Users.Chloe, Users.Camille));
        Assert.Equal(HttpStatusCode.OK, (await nicolas.PostAsJsonAsync($"circles/{id}/series/adopt", new { itemId })).StatusCode);

        // Chloé is a member, neither the inviter nor the organizer: the invitation is not hers to withdraw.
        var byMember = await chloe.DeleteAsync($"circles/{id}/invitations/{Users.Camille.Id}");
        Assert.Equal(HttpStatusCode.NotFound, byMember.StatusCode);
        Assert.Contains((await camille.GetFromJsonAsync<JsonArray>("invitations"))!, i => i!["id"]!.GetValue<string>() == id);

        var byOrganizer = await nicolas.DeleteAsync($"circles/{id}/invitations/{Users.Camille.Id}");

        Assert.Equal(HttpStatusCode.OK, byOrganizer.StatusCode);
        Assert.DoesNotContain((await camille.GetFromJsonAsync<JsonArray>("invitations"))!, i => i!["id"]!.GetValue<string>() == id);
        Assert.DoesNotContain(Users.Camille.Email, await graph.AttendeesAsync(Users.Nicolas, itemId), StringComparer.OrdinalIgnoreCase);
    }
}
