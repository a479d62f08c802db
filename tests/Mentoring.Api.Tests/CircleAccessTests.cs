using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Mentoring.Api.Tests;

/// <summary>Only members see or change a circle; to anyone else, in any tenant, it does not exist.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class CircleAccessTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task Creating_a_mentorship_returns_201_with_location_etag_and_the_circle()
    {
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        var response = await hugo.PostAsJsonAsync("circles", Circles.Mentorship(Users.Hugo, Users.Manon));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var circle = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal($"/api/circles/{circle["id"]}", response.Headers.Location!.ToString());
        Assert.Equal(circle["version"]!.GetValue<string>(), response.Headers.ETag!.ToString());
        Assert.Equal("mentorship", circle["kind"]!.GetValue<string>());
        Assert.Equal("active", circle["status"]!.GetValue<string>());
        Assert.Equal("Manon Lefèvre", circle["invited"]![0]!["displayName"]!.GetValue<string>());
        var cadence = circle["cadence"]!;
        Assert.Equal(("monthlyOnWeekday", 60, "18:00", "Europe/Paris", 6), (cadence["pattern"]!.GetValue<string>(), cadence["durationMinutes"]!.GetValue<int>(), cadence["startTime"]!.GetValue<string>(), cadence["timeZone"]!.GetValue<string>(), cadence["occurrences"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_new_circle_is_listed_for_every_member_with_their_role_and_for_nobody_else()
    {
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        using var julien = await fixture.Users.AsAsync(Users.Julien);
        var id = (await Circles.CreateAsync(hugo, Circles.Mentorship(Users.Hugo, Users.Manon)))["id"]!.GetValue<string>();

        var manonsList = await manon.GetFromJsonAsync<JsonArray>("circles");
        Assert.Equal("mentee", manonsList!.Single(c => c!["id"]!.GetValue<string>() == id)!["role"]!.GetValue<string>());
        Assert.Contains(id, await Circles.MyCircleIdsAsync(hugo));
        Assert.DoesNotContain(id, await Circles.MyCircleIdsAsync(julien));
    }

    [Fact]
    public async Task Seeded_demo_tenant_gives_camille_one_mentorship_and_one_peer_group_of_four()
    {
        using var camille = await fixture.Users.AsAsync(Users.Camille);
        var list = (await camille.GetFromJsonAsync<JsonArray>("circles"))!;
        var seeded = list.Where(c => c!["name"]!.GetValue<string>().StartsWith("Mentorat Camille", StringComparison.Ordinal) || c!["name"]!.GetValue<string>().StartsWith("Groupe de pairs", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["mentorship", "peerGroup"], seeded.Select(c => c!["kind"]!.GetValue<string>()).Order());
        var group = await camille.GetFromJsonAsync<JsonObject>($"circles/{seeded.Single(c => c!["kind"]!.GetValue<string>() == "peerGroup")!["id"]}");
        Assert.Equal(4, group!["members"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_member_of_the_same_tenant_who_is_not_in_the_circle_gets_404_for_every_operation()
    {
        var id = await NewMentorshipAsync();
        using var julien = await fixture.Users.AsAsync(Users.Julien);
        await AssertEveryOperationIs404(julien, id);
    }

    [Fact]
    public async Task A_user_of_another_tenant_gets_404_for_every_operation()
    {
        var id = await NewMentorshipAsync();
        using var alex = await fixture.Users.AsAsync(Users.Alex);
        await AssertEveryOperationIs404(alex, id);
    }

    [Fact]
    public async Task An_unknown_circle_is_404_and_a_malformed_id_is_400_naming_the_id()
    {
        using var camille = await fixture.Users.AsAsync(Users.Camille);
        Assert.Equal(HttpStatusCode.NotFound, (await camille.GetAsync($"circles/{Guid.NewGuid()}")).StatusCode);
        var malformed = await camille.GetAsync("circles/pas-un-identifiant");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("id.invalid", Circles.Codes(await Circles.ProblemAsync(malformed), "id"));
    }

    private async Task<string> NewMentorshipAsync()
    {
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        return (await Circles.CreateAsync(hugo, Circles.Mentorship(Users.Hugo, Users.Manon)))["id"]!.GetValue<string>();
    }

    private async Task AssertEveryOperationIs404(HttpClient outsider, string id)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"circles/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PatchAsJsonAsync($"circles/{id}", new { status = "closed" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsync($"circles/{id}/members/{Users.Julien.Id}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.DeleteAsync($"circles/{id}/members/{Users.Manon.Id}")).StatusCode);
        Assert.DoesNotContain(id, await Circles.MyCircleIdsAsync(outsider));

        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        var circle = await hugo.GetFromJsonAsync<JsonObject>($"circles/{id}");
        Assert.Equal("active", circle!["status"]!.GetValue<string>());
    }
}
