using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Mentoring.Api.Tests.Invitations;

/// <summary>A person who paused everything cannot be invited: the inviter reads that they cannot be invited now, not why.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class PausedInviteeTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task Inviting_a_person_who_paused_everything_is_400_without_the_reason_in_french_and_english_and_writes_nothing()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var leaEn = await fixture.Users.AsAsync(Users.Lea, "en-GB");
        using var julien = await fixture.Users.AsAsync(Users.Julien);
        var id = (await Circles.CreateAsync(lea, Circles.PeerGroup(Users.Lea, Users.Nicolas, Users.Chloe)))["id"]!.GetValue<string>();
        var before = await Circles.MyCircleIdsAsync(lea);
        var invitationsBefore = (await julien.GetFromJsonAsync<JsonArray>("invitations"))!.Count;
        Assert.True((await julien.PutAsJsonAsync("me/pause", new { paused = true })).IsSuccessStatusCode);
        try
        {
            var created = await Circles.ProblemAsync(await lea.PostAsJsonAsync("circles", Circles.PeerGroup(Users.Lea, Users.Nicolas, Users.Julien)));
            var added = await Circles.ProblemAsync(await leaEn.PostAsync($"circles/{id}/members/{Users.Julien.Id}", null));

            Assert.Equal(["invitation.unavailable"], Circles.Codes(created, "members[2].personId"));
            Assert.Equal(["invitation.unavailable"], Circles.Codes(added, "personId"));
            Assert.Equal("Cette personne ne peut pas être invitée pour le moment.", created["errors"]!["members[2].personId"]![0]!.GetValue<string>());
            Assert.Equal("This person cannot be invited right now.", added["errors"]!["personId"]![0]!.GetValue<string>());
            Assert.Equal(before, await Circles.MyCircleIdsAsync(lea));
            Assert.Empty((await lea.GetFromJsonAsync<JsonObject>($"circles/{id}"))!["invited"]!.AsArray());
            Assert.Equal(invitationsBefore, (await julien.GetFromJsonAsync<JsonArray>("invitations"))!.Count);
        }
        finally
        {
            Assert.True((await julien.PutAsJsonAsync("me/pause", new { paused = false })).IsSuccessStatusCode);
        }
    }
}
