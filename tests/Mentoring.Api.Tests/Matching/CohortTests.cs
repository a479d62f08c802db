using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Api.Tests.Agendas;
using Mentoring.M365Emulator;

namespace Mentoring.Api.Tests.Matching;

/// <summary>Cohorts and peer groups: the coordinator role, the proposal, everyone's yes before a circle, and the activity-only view.</summary>
[Collection(MatchingHostCollection.Name)]
public sealed class CohortTests(MatchingHostFixture fixture)
{
    private static readonly DemoUser[] Seven = [Users.Camille, Users.Hugo, Users.Lea, Users.Nicolas, Users.Emilie, Users.Chloe, Users.Julien];

    [Fact]
    public async Task Without_the_coordinator_role_every_cohort_action_is_403_saying_why()
    {
        using var camille = await fixture.Users.AsAsync(Users.Camille);
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        var cohort = await CreateOkAsync(manon, "Bilan printemps", Seven);

        var answers = new[]
        {
            await camille.PostAsJsonAsync("cohorts", Body("Ma cohorte", Seven)),
            await camille.GetAsync("cohorts"),
            await camille.GetAsync($"cohorts/{cohort}"),
            await camille.PostAsync($"cohorts/{cohort}/proposals", null),
        };

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Forbidden, a.StatusCode));
        Assert.Equal("cohort.coordinatorOnly", (await Circles.ProblemAsync(answers[0]))["code"]!.GetValue<string>());
        Assert.DoesNotContain("Ma cohorte", (await manon.GetFromJsonAsync<JsonArray>("cohorts"))!.Select(c => c!["name"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_cohort_of_one_or_two_is_400_too_small_and_nothing_is_written(int size)
    {
        using var manon = await fixture.Users.AsAsync(Users.Manon, "en-GB");
        var name = $"Too small {size}";

        var response = await manon.PostAsJsonAsync("cohorts", Body(name, Seven[..size]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Circles.ProblemAsync(response);
        Assert.Equal(["cohort.tooSmall"], Circles.Codes(problem, "members"));
        Assert.Contains($"the cohort has {size}", problem["errors"]!["members"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(name, (await manon.GetFromJsonAsync<JsonArray>("cohorts"))!.Select(c => c!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Seven_visible_peers_are_proposed_four_and_three_and_someone_not_visible_is_listed_not_grouped()
    {
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        foreach (var user in Seven)
        {
            await Profiles.PutAsync(await fixture.Users.AsAsync(user), Profiles.Mentee(visibility: "peer"));
        }

        await Profiles.PutAsync(await fixture.Users.AsAsync(Users.Priya), Profiles.Mentee(visibility: "none"));
        var cohort = await CreateOkAsync(manon, "Bilan été", [.. Seven, Users.Priya]);

        var proposal = (await (await manon.PostAsync($"cohorts/{cohort}/proposals", null)).Content.ReadFromJsonAsync<JsonObject>())!;
        var again = await manon.PostAsync($"cohorts/{cohort}/proposals", null);

        var sizes = proposal["groups"]!.AsArray().Select(g => g!["members"]!.AsArray().Count).Order().ToArray();
        Assert.Equal([3, 4], sizes);
        var grouped = proposal["groups"]!.AsArray().SelectMany(g => g!["members"]!.AsArray().Select(m => m!["personId"]!.GetValue<string>())).Order();
        Assert.Equal(Seven.Select(u => u.Id.ToString()).Order(), grouped);
        Assert.Equal([Users.Priya.Id.ToString()], proposal["notVisible"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode); // everyone visible is already proposed a group: only Priya is left
    }

    [Fact]
    public async Task A_proposed_group_becomes_a_circle_only_once_everyone_accepted_and_a_decline_opens_it_to_others()
    {
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        DemoUser[] four = [Users.Lea, Users.Nicolas, Users.Chloe, Users.Ines];
        var clients = new Dictionary<DemoUser, HttpClient>();
        foreach (var user in four.Append(Users.Julien))
        {
            clients[user] = await fixture.Users.AsAsync(user);
            await Profiles.PutAsync(clients[user], Profiles.Mentee(visibility: "peer"));
        }

        var cohort = await CreateOkAsync(manon, "Bilan automne", four);
        var group = (await (await manon.PostAsync($"cohorts/{cohort}/proposals", null)).Content.ReadFromJsonAsync<JsonObject>())!["groups"]![0]!["id"]!.GetValue<string>();
        var circlesBefore = await Circles.MyCircleIdsAsync(clients[Users.Lea]);

        Assert.Equal(HttpStatusCode.OK, (await clients[Users.Lea].PostAsync($"groups/{group}/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clients[Users.Nicolas].PostAsync($"groups/{group}/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clients[Users.Ines].PostAsync($"groups/{group}/decline", null)).StatusCode);
        Assert.Equal(circlesBefore, await Circles.MyCircleIdsAsync(clients[Users.Lea])); // two yes, one pending: no circle yet
        var julienSees = (await clients[Users.Julien].GetFromJsonAsync<JsonArray>("groups"))!.Single(g => g!["id"]!.GetValue<string>() == group)!;
        Assert.True(julienSees["open"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, (await clients[Users.Julien].PostAsync($"groups/{group}/join", null)).StatusCode);
        var last = (await (await clients[Users.Chloe].PostAsync($"groups/{group}/accept", null)).Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.True(last["formed"]!.GetValue<bool>());
        var circleId = last["circleId"]!.GetValue<string>();
        var circle = (await clients[Users.Julien].GetFromJsonAsync<JsonObject>($"circles/{circleId}"))!;
        Assert.Equal("peerGroup", circle["kind"]!.GetValue<string>());
        Assert.Equal(new[] { Users.Lea, Users.Nicolas, Users.Chloe, Users.Julien }.Select(u => u.Id.ToString()).Order(), circle["members"]!.AsArray().Select(m => m!["personId"]!.GetValue<string>()).Order());
        Assert.DoesNotContain(circleId, await Circles.MyCircleIdsAsync(clients[Users.Ines]));
        Assert.Equal(HttpStatusCode.Conflict, (await clients[Users.Lea].PostAsync($"groups/{group}/accept", null)).StatusCode);

        // The coordinator's view shows the circle formed from the cohort; its commitment counts are about fewer than five people.
        var view = (await manon.GetFromJsonAsync<JsonObject>($"cohorts/{cohort}"))!;
        var formed = view["circles"]!.AsArray().Single(c => c!["circleId"]!.GetValue<string>() == circleId)!;
        Assert.Null(formed["commitmentsMade"]);
        Assert.Null(view["figures"]!["accepted"]);
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task The_coordinator_never_sees_a_members_private_mentorship_nor_whether_they_have_a_mentor_nor_notes_nor_agenda_contents()
    {
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        using var emilie = await fixture.Users.AsAsync(Users.Emilie);
        using var priya = await fixture.Users.AsAsync(Users.Priya);
        var body = Circles.Mentorship(Users.Emilie, Users.Priya);
        body["cadence"]!["firstDate"] = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime).AddDays(7).ToString("yyyy-MM-dd");
        var circle = (await Circles.CreateAsync(emilie, body))["id"]!.GetValue<string>();
        var series = (await (await emilie.PostAsync($"circles/{circle}/series", null)).Content.ReadFromJsonAsync<JsonObject>())!;
        var session = series["sessions"]![0]!["id"]!.GetValue<string>();
        await AgendaApi.AddedItemAsync(priya, circle, session, "blocker", "SECRET-AGENDA mon manager ne sait rien");
        await priya.PutAsJsonAsync($"circles/{circle}/sessions/{session}/note", new { text = "SECRET-NOTE je doute de tout" });
        await priya.PostAsJsonAsync($"circles/{circle}/sessions/{session}/commitments", new { text = "SECRET-COMMITMENT appeler trois anciens collègues" });

        var cohort = await CreateOkAsync(manon, "Bilan suivi", [Users.Priya, Users.Emilie, Users.Sofia]);
        var text = await manon.GetStringAsync($"cohorts/{cohort}");

        Assert.DoesNotContain("SECRET", text, StringComparison.Ordinal);
        Assert.DoesNotContain(circle, text, StringComparison.Ordinal); // a private mentorship is not the programme's
        var view = JsonNode.Parse(text)!;
        Assert.All(view["members"]!.AsArray(), m => Assert.Null(m!["hasMentor"]));
        Assert.Empty(view["circles"]!.AsArray());
    }

    [Fact]
    public async Task A_member_who_paused_everything_is_not_shown_as_visible_to_the_coordinator()
    {
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        foreach (var user in new[] { Users.Lea, Users.Nicolas, Users.Chloe })
        {
            await Profiles.PutAsync(await fixture.Users.AsAsync(user), Profiles.Mentee(visibility: "peer"));
        }

        var cohort = await CreateOkAsync(manon, "Bilan pause", [Users.Lea, Users.Nicolas, Users.Chloe]);
        Assert.True((await lea.PutAsJsonAsync("me/pause", new { paused = true })).IsSuccessStatusCode);
        try
        {
            var view = (await manon.GetFromJsonAsync<JsonObject>($"cohorts/{cohort}"))!;

            var visible = view["members"]!.AsArray().ToDictionary(m => m!["personId"]!.GetValue<string>(), m => m!["visibleAsPeer"]!.GetValue<bool>());
            Assert.False(visible[Users.Lea.Id.ToString()]);
            Assert.True(visible[Users.Nicolas.Id.ToString()]);
        }
        finally
        {
            // The pause lives in the collection's shared tables: the other tests' suggestions and groups must not see it.
            Assert.True((await lea.PutAsJsonAsync("me/pause", new { paused = false })).IsSuccessStatusCode);
        }
    }

    private static JsonObject Body(string name, IEnumerable<DemoUser> people) => new()
    {
        ["name"] = name,
        ["members"] = new JsonArray([.. people.Select(p => (JsonNode)p.Id.ToString())]),
    };

    private static Task<string> CreateOkAsync(HttpClient coordinator, string name, IEnumerable<DemoUser> people) =>
        Cohorts.CreateAcceptedAsync(coordinator, name, people);
}
