using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.M365Emulator;

namespace Mentoring.Api.Tests.Matching;

/// <summary>A mentorship that ends, by the mentee leaving or either person closing it, gives the mentor their place back.</summary>
[Collection(MatchingHostCollection.Name)]
public sealed class MentorPlaceTests(MatchingHostFixture fixture)
{
    [Fact]
    public async Task A_full_mentor_is_suggested_again_once_a_mentee_leaves_and_once_the_mentor_closes()
    {
        using var chloe = await fixture.Users.AsAsync(Users.Chloe);
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        await Profiles.PutAsync(chloe, Profiles.Mentor(capacity: 1));
        await Profiles.PutAsync(lea, Profiles.Mentee());
        await Profiles.PutAsync(nicolas, Profiles.Mentee());

        var first = await AcceptedAsync(lea, chloe);
        Assert.Equal(1, await MenteesAsync(chloe));
        Assert.DoesNotContain(Users.Chloe.Id.ToString(), Profiles.Ids(await Profiles.SuggestionsAsync(nicolas), "mentorId"));

        Assert.Equal(HttpStatusCode.OK, (await lea.DeleteAsync($"circles/{first}/members/{Users.Lea.Id}")).StatusCode);
        Assert.Equal(0, await MenteesAsync(chloe));
        Assert.Contains(Users.Chloe.Id.ToString(), Profiles.Ids(await Profiles.SuggestionsAsync(nicolas), "mentorId"));

        var second = await AcceptedAsync(nicolas, chloe);
        Assert.Equal(1, await MenteesAsync(chloe));
        Assert.Equal(HttpStatusCode.OK, (await chloe.PatchAsJsonAsync($"circles/{second}", new { status = "closed" })).StatusCode);
        Assert.Equal(0, await MenteesAsync(chloe));

        // Closing again, or leaving the closed one, changes nothing: the count is never lowered twice.
        await Profiles.PutAsync(chloe, Profiles.Mentor(capacity: 2, current: 1));
        await chloe.PatchAsJsonAsync($"circles/{second}", new { status = "closed" });
        await nicolas.DeleteAsync($"circles/{second}/members/{Users.Nicolas.Id}");
        Assert.Equal(1, await MenteesAsync(chloe));
    }

    private static async Task<string> AcceptedAsync(HttpClient mentee, HttpClient mentor)
    {
        var sent = await mentee.PostAsJsonAsync("mentor-requests", new JsonObject { ["mentor"] = Users.Chloe.Id.ToString(), ["message"] = "Bonjour Chloé, accepteriez-vous de m'accompagner ?" });
        Assert.True(sent.StatusCode == HttpStatusCode.Created, await sent.Content.ReadAsStringAsync());
        var id = (await sent.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var accepted = await mentor.PostAsync($"mentor-requests/{id}/accept", null);
        Assert.True(accepted.StatusCode == HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        return (await accepted.Content.ReadFromJsonAsync<JsonObject>())!["circleId"]!.GetValue<string>();
    }

    private static async Task<int> MenteesAsync(HttpClient mentor) =>
        (await mentor.GetFromJsonAsync<JsonObject>("me/profile"))!["profile"]!["mentor"]!["currentMentees"]!.GetValue<int>();
}
