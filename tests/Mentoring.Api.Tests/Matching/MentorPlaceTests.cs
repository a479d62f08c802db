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
        await Profiles.CountMenteesAsync(fixture.Host, Users.Chloe, 0);
        await Profiles.PutAsync(lea, Profiles.Mentee());
        await Profiles.PutAsync(nicolas, Profiles.Mentee());

        var first = await AcceptedAsync(lea, chloe);
        Assert.Equal(1, await Profiles.MenteesAsync(chloe));
        Assert.DoesNotContain(Users.Chloe.Id.ToString(), Profiles.Ids(await Profiles.SuggestionsAsync(nicolas), "mentorId"));

        Assert.Equal(HttpStatusCode.OK, (await lea.DeleteAsync($"circles/{first}/members/{Users.Lea.Id}")).StatusCode);
        Assert.Equal(0, await Profiles.MenteesAsync(chloe));
        Assert.Contains(Users.Chloe.Id.ToString(), Profiles.Ids(await Profiles.SuggestionsAsync(nicolas), "mentorId"));

        var second = await AcceptedAsync(nicolas, chloe);
        Assert.Equal(1, await Profiles.MenteesAsync(chloe));
        Assert.Equal(HttpStatusCode.OK, (await chloe.PatchAsJsonAsync($"circles/{second}", new { status = "closed" })).StatusCode);
        Assert.Equal(0, await Profiles.MenteesAsync(chloe));

        // Closing again, or leaving the closed one, changes nothing: the count is never lowered twice.
        await Profiles.CountMenteesAsync(fixture.Host, Users.Chloe, 1);
        await chloe.PatchAsJsonAsync($"circles/{second}", new { status = "closed" });
        await nicolas.DeleteAsync($"circles/{second}/members/{Users.Nicolas.Id}");
        Assert.Equal(1, await Profiles.MenteesAsync(chloe));
    }

    [Fact]
    public async Task Creating_and_leaving_mentorships_repeatedly_never_gives_back_a_place_that_none_of_them_took()
    {
        using var chloe = await fixture.Users.AsAsync(Users.Chloe);
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        await Profiles.PutAsync(chloe, Profiles.Mentor(capacity: 2));
        await Profiles.CountMenteesAsync(fixture.Host, Users.Chloe, 0);
        await Profiles.PutAsync(lea, Profiles.Mentee());
        var accepted = await AcceptedAsync(lea, chloe);
        Assert.Equal(1, await Profiles.MenteesAsync(chloe));

        for (var round = 0; round < 3; round++)
        {
            // Each mentorship Chloé accepts by invitation takes a place and gives it back when it ends: the count is where it was.
            var made = (await Circles.CreateAsync(nicolas, Circles.Mentorship(Users.Chloe, Users.Nicolas)))["id"]!.GetValue<string>();
            var left = await nicolas.DeleteAsync($"circles/{made}/members/{Users.Nicolas.Id}");
            Assert.Equal(HttpStatusCode.OK, left.StatusCode);
            Assert.Equal(1, await Profiles.MenteesAsync(chloe));
        }

        // The one that took the place gives it back once, however often it is closed or left.
        Assert.Equal(HttpStatusCode.OK, (await chloe.PatchAsJsonAsync($"circles/{accepted}", new { status = "closed" })).StatusCode);
        await lea.DeleteAsync($"circles/{accepted}/members/{Users.Lea.Id}");
        await chloe.PatchAsJsonAsync($"circles/{accepted}", new { status = "closed" });
        Assert.Equal(0, await Profiles.MenteesAsync(chloe));
    }

    [Fact]
    public async Task A_mentorship_begun_by_an_accepted_invitation_takes_a_place_and_its_end_gives_it_back_once()
    {
        using var chloe = await fixture.Users.AsAsync(Users.Chloe);
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        await Profiles.PutAsync(chloe, Profiles.Mentor(capacity: 2));
        await Profiles.CountMenteesAsync(fixture.Host, Users.Chloe, 0);

        // Invited, Chloé has said nothing yet: no place is taken.
        var made = (await Circles.InviteAsync(nicolas, Circles.Mentorship(Users.Chloe, Users.Nicolas)))["id"]!.GetValue<string>();
        Assert.Equal(0, await Profiles.MenteesAsync(chloe));

        Assert.Equal(HttpStatusCode.OK, (await chloe.PostAsync($"circles/{made}/invitation/accept", null)).StatusCode);
        Assert.Equal(1, await Profiles.MenteesAsync(chloe));

        Assert.Equal(HttpStatusCode.OK, (await nicolas.DeleteAsync($"circles/{made}/members/{Users.Nicolas.Id}")).StatusCode);
        await chloe.PatchAsJsonAsync($"circles/{made}", new { status = "closed" });
        Assert.Equal(0, await Profiles.MenteesAsync(chloe));
    }

    [Fact]
    public async Task A_mentor_setting_their_own_count_is_refused_naming_the_field_and_nothing_is_written()
    {
        using var chloe = await fixture.Users.AsAsync(Users.Chloe);
        using var chloeEn = await fixture.Users.AsAsync(Users.Chloe, "en-GB");
        await Profiles.PutAsync(chloe, Profiles.Mentor(capacity: 3));
        await Profiles.CountMenteesAsync(fixture.Host, Users.Chloe, 2);
        var before = (await chloe.GetFromJsonAsync<JsonObject>("me/profile"))!;

        var body = Profiles.Mentor(capacity: 3);
        body["about"] = "Un autre texte, qui ne doit pas être écrit.";
        body["mentor"]!["currentMentees"] = 0;
        using var fr = await chloe.PutAsJsonAsync("me/profile", body);
        using var en = await chloeEn.PutAsJsonAsync("me/profile", body);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (fr.StatusCode, en.StatusCode));
        var (frProblem, enProblem) = (await Circles.ProblemAsync(fr), await Circles.ProblemAsync(en));
        Assert.Equal(["mentor.currentMentees.serverOwned"], Circles.Codes(frProblem, "mentor.currentMentees"));
        Assert.StartsWith("Le nombre de vos mentorés", frProblem["errors"]!["mentor.currentMentees"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("Your number of mentees", enProblem["errors"]!["mentor.currentMentees"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(Circles.Json(before), Circles.Json((await chloe.GetFromJsonAsync<JsonObject>("me/profile"))!));

        // The same count, or none at all, is the form as it came: saved, the count still the server's.
        body["mentor"]!["currentMentees"] = 2;
        await Profiles.PutAsync(chloe, body);
        body["mentor"]!.AsObject().Remove("currentMentees");
        await Profiles.PutAsync(chloe, body);
        Assert.Equal(2, await Profiles.MenteesAsync(chloe));
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
}
