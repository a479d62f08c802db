using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Mentoring.Api.Tests;

/// <summary>Adding peers and leaving within 3 to 5; a mentorship's members are fixed.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class MemberTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task A_peer_group_grows_to_five_and_not_beyond_then_shrinks_to_three_and_not_below()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var julien = await fixture.Users.AsAsync(Users.Julien);
        var id = (await Circles.CreateAsync(lea, Circles.PeerGroup(Users.Lea, Users.Nicolas, Users.Chloe)))["id"]!.GetValue<string>();

        using var manon = await fixture.Users.AsAsync(Users.Manon);
        Assert.Equal(4, await CountAfter(await Circles.AddAsync(lea, julien, id, Users.Julien)));
        Assert.Contains(id, await Circles.MyCircleIdsAsync(julien));
        Assert.Equal(5, await CountAfter(await Circles.AddAsync(lea, manon, id, Users.Manon)));
        await AssertProblem(await lea.PostAsync($"circles/{id}/members/{Users.Emilie.Id}", null), HttpStatusCode.BadRequest, "peerGroup.size");

        // A peer removes only themselves: Julien and Manon leave, Nicolas cannot leave a group of three.
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        Assert.Equal(4, await CountAfter(await julien.DeleteAsync($"circles/{id}/members/{Users.Julien.Id}")));
        Assert.DoesNotContain(id, await Circles.MyCircleIdsAsync(julien));
        Assert.Equal(3, await CountAfter(await manon.DeleteAsync($"circles/{id}/members/{Users.Manon.Id}")));
        await AssertProblem(await nicolas.DeleteAsync($"circles/{id}/members/{Users.Nicolas.Id}"), HttpStatusCode.BadRequest, "peerGroup.size");
    }

    [Fact]
    public async Task Adding_someone_already_in_is_409_and_someone_of_another_tenant_is_400()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var id = (await Circles.CreateAsync(lea, Circles.PeerGroup(Users.Lea, Users.Nicolas, Users.Chloe)))["id"]!.GetValue<string>();

        await AssertProblem(await lea.PostAsync($"circles/{id}/members/{Users.Nicolas.Id}", null), HttpStatusCode.Conflict, "member.alreadyIn");
        await AssertProblem(await lea.PostAsync($"circles/{id}/members/{Users.Alex.Id}", null), HttpStatusCode.BadRequest, "member.unknown");
        await AssertProblem(await lea.PostAsync($"circles/{id}/members/quelqu-un", null), HttpStatusCode.BadRequest, "id.invalid");
        Assert.Equal(3, (await lea.GetFromJsonAsync<JsonObject>($"circles/{id}"))!["members"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_mentorship_keeps_its_two_members()
    {
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        var id = (await Circles.CreateAsync(hugo, Circles.Mentorship(Users.Hugo, Users.Manon)))["id"]!.GetValue<string>();

        await AssertProblem(await hugo.PostAsync($"circles/{id}/members/{Users.Julien.Id}", null), HttpStatusCode.BadRequest, "mentorship.fixedMembers");
        await AssertProblem(await hugo.DeleteAsync($"circles/{id}/members/{Users.Manon.Id}"), HttpStatusCode.BadRequest, "mentorship.fixedMembers");
    }

    private static async Task<int> CountAfter(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["members"]!.AsArray().Count;
    }

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, (await Circles.ProblemAsync(response))["code"]!.GetValue<string>());
    }
}
