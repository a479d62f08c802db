using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Mentoring.Api.Tests;

/// <summary>POST /api/circles with an Idempotency-Key: a retry after a timeout or a 503 never creates a second circle.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class IdempotentCreationTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task The_same_key_twice_gives_the_same_circle_once()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var body = Circles.PeerGroup(Users.Lea, Users.Nicolas, Users.Chloe);
        var key = Guid.NewGuid().ToString();

        var first = await PostAsync(lea, body, key);
        var second = await PostAsync(lea, body, key);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, second.StatusCode));
        var (a, b) = ((await first.Content.ReadFromJsonAsync<JsonObject>())!, (await second.Content.ReadFromJsonAsync<JsonObject>())!);
        Assert.Equal(a["id"]!.GetValue<string>(), b["id"]!.GetValue<string>());
        Assert.Single(await Circles.MyCircleIdsAsync(lea), id => id == a["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_same_key_for_another_circle_is_409_and_creates_nothing()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var key = Guid.NewGuid().ToString();
        await PostAsync(lea, Circles.PeerGroup(Users.Lea, Users.Nicolas, Users.Chloe), key);
        var before = await Circles.MyCircleIdsAsync(lea);

        var reused = await PostAsync(lea, Circles.PeerGroup(Users.Lea, Users.Nicolas, Users.Manon), key);

        Assert.Equal(HttpStatusCode.Conflict, reused.StatusCode);
        Assert.Equal("idempotencyKey.reused", (await Circles.ProblemAsync(reused))["code"]!.GetValue<string>());
        Assert.Equal(before, await Circles.MyCircleIdsAsync(lea));
    }

    [Fact]
    public async Task The_same_key_from_another_person_is_another_circle()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        var body = Circles.PeerGroup(Users.Lea, Users.Nicolas, Users.Chloe);
        var key = Guid.NewGuid().ToString();

        var fromLea = (await (await PostAsync(lea, body, key)).Content.ReadFromJsonAsync<JsonObject>())!;
        var fromNicolas = (await (await PostAsync(nicolas, body, key)).Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.NotEqual(fromLea["id"]!.GetValue<string>(), fromNicolas["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_key_that_is_too_long_is_400_naming_the_header()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);

        var response = await PostAsync(lea, Circles.PeerGroup(Users.Lea, Users.Nicolas, Users.Chloe), new string('k', 201));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("idempotencyKey.invalid", Circles.Codes(await Circles.ProblemAsync(response), "Idempotency-Key"));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, JsonObject body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "circles") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }
}
