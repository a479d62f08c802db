using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Mentoring.Api.Tests;

/// <summary>Objectives, lifecycle and members, with optimistic concurrency through ETag / If-Match.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class CircleUpdateTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task A_member_revises_the_circle_objective_and_their_own()
    {
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        var id = await NewMentorshipAsync();

        var updated = await ReadAsync(await manon.PatchAsJsonAsync($"circles/{id}", new { objective = "Objectif révisé", memberObjective = "Mon objectif à moi" }));

        Assert.Equal("Objectif révisé", updated["objective"]!.GetValue<string>());
        var members = updated["members"]!.AsArray();
        Assert.Equal("Mon objectif à moi", members.Single(m => m!["personId"]!.GetValue<string>() == Users.Manon.Id.ToString())!["objective"]!.GetValue<string>());
        Assert.Equal("", members.Single(m => m!["personId"]!.GetValue<string>() == Users.Hugo.Id.ToString())!["objective"]!.GetValue<string>());
    }

    [Fact]
    public async Task Pause_resume_close_and_closed_is_final()
    {
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        var id = await NewMentorshipAsync();

        Assert.Equal("paused", (await ReadAsync(await hugo.PatchAsJsonAsync($"circles/{id}", new { status = "paused" })))["status"]!.GetValue<string>());
        Assert.Equal("active", (await ReadAsync(await hugo.PatchAsJsonAsync($"circles/{id}", new { status = "active" })))["status"]!.GetValue<string>());
        Assert.Equal("closed", (await ReadAsync(await hugo.PatchAsJsonAsync($"circles/{id}", new { status = "closed" })))["status"]!.GetValue<string>());

        var reopen = await hugo.PatchAsJsonAsync($"circles/{id}", new { status = "active" });
        Assert.Equal(HttpStatusCode.Conflict, reopen.StatusCode);
        Assert.Equal("circle.closed", (await Circles.ProblemAsync(reopen))["code"]!.GetValue<string>());
        var listed = (await hugo.GetFromJsonAsync<JsonArray>("circles"))!.Single(c => c!["id"]!.GetValue<string>() == id);
        Assert.Equal("closed", listed!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_stale_if_match_is_409_and_changes_nothing()
    {
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        var id = await NewMentorshipAsync();
        var seen = (await hugo.GetFromJsonAsync<JsonObject>($"circles/{id}"))!["version"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await PatchIfMatch(hugo, id, seen, new { objective = "Premier" })).StatusCode);

        var stale = await PatchIfMatch(hugo, id, seen, new { objective = "Second" });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("circle.changed", (await Circles.ProblemAsync(stale))["code"]!.GetValue<string>());
        Assert.Equal("Premier", (await hugo.GetFromJsonAsync<JsonObject>($"circles/{id}"))!["objective"]!.GetValue<string>());
    }

    [Fact]
    public async Task Two_concurrent_updates_from_the_same_version_one_wins_one_gets_409()
    {
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        var id = await NewMentorshipAsync();
        var seen = (await hugo.GetFromJsonAsync<JsonObject>($"circles/{id}"))!["version"]!.GetValue<string>();

        var answers = await Task.WhenAll(PatchIfMatch(hugo, id, seen, new { objective = "Hugo" }), PatchIfMatch(manon, id, seen, new { objective = "Manon" }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        var winner = answers.Single(a => a.StatusCode == HttpStatusCode.OK);
        Assert.Equal((await ReadAsync(winner))["objective"]!.GetValue<string>(), (await hugo.GetFromJsonAsync<JsonObject>($"circles/{id}"))!["objective"]!.GetValue<string>());
    }

    [Fact]
    public async Task Concurrent_updates_without_if_match_are_both_applied()
    {
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        var id = await NewMentorshipAsync();

        var answers = await Task.WhenAll(
            hugo.PatchAsJsonAsync($"circles/{id}", new { memberObjective = "Hugo" }),
            manon.PatchAsJsonAsync($"circles/{id}", new { memberObjective = "Manon" }));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var members = (await hugo.GetFromJsonAsync<JsonObject>($"circles/{id}"))!["members"]!.AsArray();
        Assert.Equal(["Hugo", "Manon"], members.Select(m => m!["objective"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task An_invalid_patch_is_400_and_changes_nothing()
    {
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        var id = await NewMentorshipAsync();
        var before = (await hugo.GetFromJsonAsync<JsonObject>($"circles/{id}"))!.ToJsonString();

        var response = await hugo.PatchAsJsonAsync($"circles/{id}", new { objective = new string('a', 2001), status = "paused" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("text.tooLong", Circles.Codes(await Circles.ProblemAsync(response), "objective"));
        Assert.Equal(before, (await hugo.GetFromJsonAsync<JsonObject>($"circles/{id}"))!.ToJsonString());
    }

    private async Task<string> NewMentorshipAsync()
    {
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        return (await Circles.CreateAsync(hugo, Circles.Mentorship(Users.Hugo, Users.Manon)))["id"]!.GetValue<string>();
    }

    private static Task<HttpResponseMessage> PatchIfMatch(HttpClient client, string id, string version, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"circles/{id}") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", version);
        return client.SendAsync(request);
    }

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
