using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.M365Emulator;

namespace Mentoring.Api.Tests.Matching;

/// <summary>Suggestions, the drafted request, sending it, and the mentor's answer: nobody is in a circle without having accepted.</summary>
[Collection(MatchingHostCollection.Name)]
public sealed class MentorRequestTests(MatchingHostFixture fixture)
{
    [Fact]
    public async Task Suggestions_are_ranked_say_why_in_my_language_and_skip_a_mentor_at_capacity()
    {
        using var camille = await fixture.Users.AsAsync(Users.Camille);
        using var camilleEn = await fixture.Users.AsAsync(Users.Camille, "en-GB");
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        using var julien = await fixture.Users.AsAsync(Users.Julien);
        using var ines = await fixture.Users.AsAsync(Users.Ines);
        await Profiles.PutAsync(camille, Profiles.Mentee());
        await Profiles.PutAsync(manon, Profiles.Mentor(capacity: 2));
        await Profiles.PutAsync(julien, Profiles.Mentor(capacity: 2));
        await Profiles.CountMenteesAsync(fixture.Host, Users.Julien, 2);
        await Profiles.PutAsync(ines, Profiles.Mentor(capacity: 3, field: "ressources humaines", years: 3));

        var fr = await Profiles.SuggestionsAsync(camille);
        var en = await Profiles.SuggestionsAsync(camilleEn);

        var ids = Profiles.Ids(fr, "mentorId");
        Assert.DoesNotContain(Users.Julien.Id.ToString(), ids);
        Assert.True(Array.IndexOf(ids, Users.Manon.Id.ToString()) < Array.IndexOf(ids, Users.Ines.Id.ToString()), string.Join(", ", ids));
        var manonFr = fr.Single(s => s!["mentorId"]!.GetValue<string>() == Users.Manon.Id.ToString())!;
        var manonEn = en.Single(s => s!["mentorId"]!.GetValue<string>() == Users.Manon.Id.ToString())!;
        Assert.Equal("a dix ans d'expérience en data analyse, exerce déjà le métier que vous visez : data analyste, peut vous apprendre SQL, parle français, est libre aux mêmes moments que vous, quatre heures par semaine, deux places libres", manonFr["why"]!.GetValue<string>());
        Assert.StartsWith("has ten years of experience in data analyse", manonEn["why"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(2, manonFr["freePlaces"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_draft_comes_from_both_profiles()
    {
        using var priya = await fixture.Users.AsAsync(Users.Priya);
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        await Profiles.PutAsync(priya, Profiles.Mentee());
        await Profiles.PutAsync(manon, Profiles.Mentor());

        var draft = (await priya.GetFromJsonAsync<JsonObject>($"mentor-requests/draft?mentor={Users.Manon.Id}"))!["message"]!.GetValue<string>();

        Assert.StartsWith("Bonjour Manon Lefèvre,", draft, StringComparison.Ordinal);
        Assert.Contains("pour devenir data analyste en data analyse", draft, StringComparison.Ordinal);
        Assert.Contains("Vos dix ans d'expérience en data analyse", draft, StringComparison.Ordinal);
        Assert.EndsWith("Priya Nair", draft, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("self", "mentor", "request.self")]
    [InlineData("otherTenant", "mentor", "mentor.unknown")]
    [InlineData("atCapacity", "mentor", "mentor.atCapacity")]
    [InlineData("hidden", "mentor", "mentor.unknown")]
    [InlineData("empty", "message", "text.required")]
    [InlineData("tooLong", "message", "text.tooLong")]
    public async Task A_bad_request_is_400_naming_the_field_and_writes_nothing(string what, string field, string code)
    {
        using var chloe = await fixture.Users.AsAsync(Users.Chloe);
        using var julien = await fixture.Users.AsAsync(Users.Julien);
        using var alex = await fixture.Users.AsAsync(Users.Alex);
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        await Profiles.PutAsync(chloe, Profiles.Mentee());
        await Profiles.PutAsync(julien, Profiles.Mentor(capacity: 2));
        await Profiles.CountMenteesAsync(fixture.Host, Users.Julien, 2);
        await Profiles.PutAsync(alex, Profiles.Mentor());
        await Profiles.PutAsync(nicolas, Profiles.Mentor(visibility: "none"));
        var mentor = what switch
        {
            "self" => Users.Chloe,
            "otherTenant" => Users.Alex,
            "atCapacity" => Users.Julien,
            "hidden" => Users.Nicolas,
            _ => Users.Manon,
        };
        await Profiles.PutAsync(await fixture.Users.AsAsync(Users.Manon), Profiles.Mentor());
        var message = what switch { "empty" => "", "tooLong" => new string('m', 5_000), _ => "Bonjour, accepteriez-vous ?" };
        var before = await MineAsync(chloe);

        var response = await chloe.PostAsJsonAsync("mentor-requests", new JsonObject { ["mentor"] = mentor.Id.ToString(), ["message"] = message });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([code], Circles.Codes(await Circles.ProblemAsync(response), field));
        Assert.Equal(before.Count, (await MineAsync(chloe)).Count);
    }

    [Fact]
    public async Task The_same_idempotency_key_twice_sends_one_request()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var emilie = await fixture.Users.AsAsync(Users.Emilie);
        await Profiles.PutAsync(lea, Profiles.Mentee());
        await Profiles.PutAsync(emilie, Profiles.Mentor(capacity: 5));
        var key = Guid.NewGuid().ToString();
        var body = new JsonObject { ["mentor"] = Users.Emilie.Id.ToString(), ["message"] = "Bonjour Émilie !" };

        var first = await SendAsync(lea, body, key);
        var second = await SendAsync(lea, body, key);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, second.StatusCode));
        var id = (await first.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        Assert.Equal(id, (await second.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
        Assert.Single(await MineAsync(lea), r => r!["mentorId"]!.GetValue<string>() == Users.Emilie.Id.ToString());
        await emilie.PostAsJsonAsync($"mentor-requests/{id}/decline", new JsonObject { ["word"] = "Pas ce trimestre, désolée." });
    }

    [Fact]
    public async Task Acceptance_creates_the_mentorship_with_both_objectives_counts_the_mentee_and_a_second_accept_is_409()
    {
        using var sofia = await fixture.Users.AsAsync(Users.Sofia);
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        var sofiaProfile = Profiles.Mentee();
        sofiaProfile["timeZone"] = "Europe/Madrid"; // a guest: her mailbox is not in this tenant, her profile says where she lives
        await Profiles.PutAsync(sofia, sofiaProfile);
        await Profiles.PutAsync(hugo, Profiles.Mentor(capacity: 3));
        await Profiles.CountMenteesAsync(fixture.Host, Users.Hugo, 1);
        var request = await SendOkAsync(sofia, Users.Hugo, "Bonjour Hugo, j'aimerais votre regard sur mon projet.");
        var id = request["id"]!.GetValue<string>();
        Assert.Equal((0, 0), ((await Circles.MyCircleIdsAsync(sofia)).Length, (await Circles.MyCircleIdsAsync(hugo)).Length));

        using var sofiaTries = await sofia.PostAsync($"mentor-requests/{id}/accept", null);
        var accepted = await hugo.PostAsJsonAsync($"mentor-requests/{id}/accept", new JsonObject { ["word"] = "Avec plaisir !", ["objective"] = "Lui ouvrir mon réseau." });
        var again = await hugo.PostAsJsonAsync($"mentor-requests/{id}/accept", new JsonObject { ["word"] = "Encore ?" });

        Assert.Equal(HttpStatusCode.Forbidden, sofiaTries.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("request.alreadyAnswered", (await Circles.ProblemAsync(again))["code"]!.GetValue<string>());
        var answer = (await accepted.Content.ReadFromJsonAsync<JsonObject>())!;
        var circleId = answer["circleId"]!.GetValue<string>();
        Assert.Equal([circleId], await Circles.MyCircleIdsAsync(hugo));
        Assert.Equal([circleId], await Circles.MyCircleIdsAsync(sofia));
        var circle = (await hugo.GetFromJsonAsync<JsonObject>($"circles/{circleId}"))!;
        Assert.Equal("mentorship", circle["kind"]!.GetValue<string>());
        var members = circle["members"]!.AsArray().ToDictionary(m => m!["role"]!.GetValue<string>(), m => m!["objective"]!.GetValue<string>());
        Assert.Equal("data analyste (data analyse)", members["mentee"]);
        Assert.Equal("Lui ouvrir mon réseau.", members["mentor"]);
        // Ready to schedule: both are free on Tuesday evenings, so the first session is the first Tuesday a week after the clock's today.
        var firstTuesday = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime).AddDays(7);
        while (firstTuesday.DayOfWeek != DayOfWeek.Tuesday)
        {
            firstTuesday = firstTuesday.AddDays(1);
        }

        Assert.Equal((firstTuesday.ToString("yyyy-MM-dd"), "18:30", "Europe/Madrid"), (circle["cadence"]!["firstDate"]!.GetValue<string>(), circle["cadence"]!["startTime"]!.GetValue<string>(), circle["cadence"]!["timeZone"]!.GetValue<string>()));
        Assert.Equal(2, (await hugo.GetFromJsonAsync<JsonObject>("me/profile"))!["profile"]!["mentor"]!["currentMentees"]!.GetValue<int>());
        var seen = (await MineAsync(sofia)).Single(r => r!["id"]!.GetValue<string>() == id)!;
        Assert.Equal(("accepted", "Avec plaisir !", "sent"), (seen["state"]!.GetValue<string>(), seen["answer"]!.GetValue<string>(), seen["direction"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_request_is_404_for_anyone_but_its_two_people_and_a_declined_one_creates_nothing()
    {
        using var camille = await fixture.Users.AsAsync(Users.Camille);
        using var ines = await fixture.Users.AsAsync(Users.Ines);
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        await Profiles.PutAsync(camille, Profiles.Mentee());
        await Profiles.PutAsync(ines, Profiles.Mentor(capacity: 3));
        var id = (await SendOkAsync(camille, Users.Ines, "Bonjour Inès !"))["id"]!.GetValue<string>();
        var circlesBefore = await Circles.MyCircleIdsAsync(ines);

        var stranger = await lea.PostAsync($"mentor-requests/{id}/accept", null);
        var declined = await ines.PostAsJsonAsync($"mentor-requests/{id}/decline", new JsonObject { ["word"] = "Je ne connais pas assez ce domaine." });
        var acceptAfter = await ines.PostAsync($"mentor-requests/{id}/accept", null);

        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, acceptAfter.StatusCode);
        Assert.Equal(circlesBefore, await Circles.MyCircleIdsAsync(ines));
        var received = (await MineAsync(ines)).Single(r => r!["id"]!.GetValue<string>() == id)!;
        Assert.Equal(("declined", "received"), (received["state"]!.GetValue<string>(), received["direction"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Two_acceptances_racing_for_the_last_place_one_wins_and_one_circle_is_created()
    {
        using var emilie = await fixture.Users.AsAsync(Users.Emilie);
        using var priya = await fixture.Users.AsAsync(Users.Priya);
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        await Profiles.PutAsync(emilie, Profiles.Mentor(capacity: 1));
        await Profiles.CountMenteesAsync(fixture.Host, Users.Emilie, 0);
        await Profiles.PutAsync(priya, Profiles.Mentee());
        await Profiles.PutAsync(nicolas, Profiles.Mentee());
        var first = (await SendOkAsync(priya, Users.Emilie, "Bonjour Émilie, de la part de Priya."))["id"]!.GetValue<string>();
        var second = (await SendOkAsync(nicolas, Users.Emilie, "Bonjour Émilie, de la part de Nicolas."))["id"]!.GetValue<string>();
        using var emilieToo = await fixture.Users.AsAsync(Users.Emilie);
        var before = await Circles.MyCircleIdsAsync(emilie);

        var answers = await Task.WhenAll(emilie.PostAsync($"mentor-requests/{first}/accept", null), emilieToo.PostAsync($"mentor-requests/{second}/accept", null));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        Assert.Equal("mentor.noPlaceLeft", (await Circles.ProblemAsync(answers.Single(a => a.StatusCode == HttpStatusCode.Conflict)))["code"]!.GetValue<string>());
        Assert.Equal(before.Length + 1, (await Circles.MyCircleIdsAsync(emilie)).Length);
        Assert.Equal(1, (await emilie.GetFromJsonAsync<JsonObject>("me/profile"))!["profile"]!["mentor"]!["currentMentees"]!.GetValue<int>());
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, JsonObject body, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "mentor-requests") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await client.SendAsync(request);
    }

    private static async Task<JsonObject> SendOkAsync(HttpClient client, DemoUser mentor, string message)
    {
        var response = await SendAsync(client, new JsonObject { ["mentor"] = mentor.Id.ToString(), ["message"] = message });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static async Task<JsonArray> MineAsync(HttpClient client) => (await client.GetFromJsonAsync<JsonArray>("me/mentor-requests"))!;
}
