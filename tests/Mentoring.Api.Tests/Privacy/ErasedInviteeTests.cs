using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Mentoring.Api.Tests.Privacy;

/// <summary>A person who erased their data cannot be invited again: the directory still knows them, the product does not ask them.</summary>
[Collection(PrivacyHostCollection.Name)]
public sealed class ErasedInviteeTests(PrivacyHostFixture fixture)
{
    [Fact]
    public async Task Inviting_a_person_who_erased_their_data_is_400_invitation_unavailable_and_writes_nothing()
    {
        using var sofia = await fixture.Users.AsAsync(Users.Sofia);
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        Assert.Equal(HttpStatusCode.Accepted, (await sofia.PostAsync("me/erase", null)).StatusCode);
        await fixture.ErasureDoneAsync(sofia);
        var before = await Circles.MyCircleIdsAsync(lea);

        var refused = await lea.PostAsJsonAsync("circles", fixture.FromClock(Circles.PeerGroup(Users.Lea, Users.Sofia, Users.Chloe)));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await Circles.ProblemAsync(refused);
        Assert.Equal(["invitation.unavailable"], Circles.Codes(problem, "members[1].personId"));
        Assert.DoesNotContain("eff", problem["errors"]!["members[1].personId"]![0]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await Circles.MyCircleIdsAsync(lea));
        Assert.Empty((await sofia.GetFromJsonAsync<JsonArray>("invitations"))!);
    }
}
