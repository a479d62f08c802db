using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Mentoring.Api.Tests;

/// <summary>Every broken invariant is a 400 naming the field and why, and nothing is written.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class CreateCircleValidationTests(LocalHostFixture fixture)
{
    public static TheoryData<string, string, string> BrokenBodies => new()
    {
        { "peer group of 2", Circles.Json(Circles.PeerGroup(Users.Camille, Users.Lea)), "members|peerGroup.size" },
        { "peer group of 6", Circles.Json(Circles.PeerGroup(Users.Camille, Users.Lea, Users.Nicolas, Users.Chloe, Users.Julien, Users.Manon)), "members|peerGroup.size" },
        { "same person twice", Circles.Json(Circles.PeerGroup(Users.Camille, Users.Lea, Users.Lea)), "members[2].personId|member.duplicate" },
        { "mentor is mentee", Circles.Json(Circles.Mentorship(Users.Camille, Users.Camille)), "members[1].personId|mentorship.samePerson" },
        { "two mentees", Circles.Json(Set(Circles.Mentorship(Users.Hugo, Users.Camille), b => b["members"]![0]!["role"] = "mentee")), "members|mentorship.roles" },
        { "unknown time zone", Circles.Json(Cadence("timeZone", "Mars/Olympus_Mons")), "cadence.timeZone|cadence.timeZone.unknown" },
        { "windows time zone", Circles.Json(Cadence("timeZone", "Romance Standard Time")), "cadence.timeZone|cadence.timeZone.windows" },
        { "zone with no windows name", Circles.Json(Cadence("timeZone", "Antarctica/Troll")), "cadence.timeZone|cadence.timeZone.unsupported" },
        { "zero duration", Circles.Json(Cadence("durationMinutes", 0)), "cadence.durationMinutes|cadence.duration.range" },
        { "negative duration", Circles.Json(Cadence("durationMinutes", -30)), "cadence.durationMinutes|cadence.duration.range" },
        { "over eight hours", Circles.Json(Cadence("durationMinutes", 481)), "cadence.durationMinutes|cadence.duration.range" },
        { "first date in the past", Circles.Json(Cadence("firstDate", "2024-01-04")), "cadence.firstDate|cadence.firstDate.past" },
        { "objective too long", Circles.Json(Set(Circles.PeerGroup(Users.Camille, Users.Lea, Users.Nicolas), b => b["objective"] = new string('a', 2001))), "objective|text.tooLong" },
        { "member objective too long", Circles.Json(Set(Circles.PeerGroup(Users.Camille, Users.Lea, Users.Nicolas), b => b["members"]![1]!["objective"] = new string('a', 2001))), "members[1].objective|text.tooLong" },
        { "control character in name", Circles.Json(Set(Circles.PeerGroup(Users.Camille, Users.Lea, Users.Nicolas), b => b["name"] = "Groupe\u0007")), "name|text.controlCharacter" },
        { "control character in objective", Circles.Json(Set(Circles.PeerGroup(Users.Camille, Users.Lea, Users.Nicolas), b => b["objective"] = "a\u0000b")), "objective|text.controlCharacter" },
        { "member from another tenant", Circles.Json(Circles.PeerGroup(Users.Camille, Users.Lea, Users.Alex)), "members[2].personId|member.unknown" },
        { "member id that is not an id", Circles.Json(Set(Circles.PeerGroup(Users.Camille, Users.Lea, Users.Nicolas), b => b["members"]![1]!["personId"] = "léa")), "members[1].personId|id.invalid" },
        { "caller not a member", Circles.Json(Circles.PeerGroup(Users.Lea, Users.Nicolas, Users.Chloe)), "members|circle.callerNotMember" },
        { "missing kind", Circles.Json(Set(Circles.PeerGroup(Users.Camille, Users.Lea, Users.Nicolas), b => b.Remove("kind"))), "kind|required" },
        { "unknown kind", Circles.Json(Set(Circles.PeerGroup(Users.Camille, Users.Lea, Users.Nicolas), b => b["kind"] = "coven")), "kind|request.json.type" },
        { "wrong type", Circles.Json(Set(Circles.PeerGroup(Users.Camille, Users.Lea, Users.Nicolas), b => b["cadence"]!["durationMinutes"] = "une heure")), "cadence.durationMinutes|request.json.type" },
        { "null members", Circles.Json(Set(Circles.PeerGroup(Users.Camille, Users.Lea, Users.Nicolas), b => b["members"] = new JsonArray(null, null, null))), "members[0]|required" },
        { "a null among members", Circles.Json(Set(Circles.PeerGroup(Users.Camille, Users.Lea, Users.Nicolas), b => b["members"]![1] = null)), "members[1]|required" },
        { "members not an array", Circles.Json(Set(Circles.PeerGroup(Users.Camille, Users.Lea, Users.Nicolas), b => b["members"] = 3)), "members|request.json.type" },
        { "invalid JSON", "{\"kind\": \"peerGroup\",", "body|request.json.invalid" },
        { "JSON array", "[]", "body|request.json.notObject" },
        { "no body", "", "body|request.body.missing" },
    };

    [Theory]
    [MemberData(nameof(BrokenBodies))]
    public async Task Broken_body_is_400_naming_field_and_reason_and_writes_nothing(string scenario, string body, string expected)
    {
        var (field, code) = (expected.Split('|')[0], expected.Split('|')[1]);
        using var camille = await fixture.Users.AsAsync(Users.Camille);
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var before = await WrittenAsync(camille, lea);

        var response = await camille.PostAsync("circles", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{scenario}: {response.StatusCode}");
        var problem = await Circles.ProblemAsync(response);
        Assert.Contains(code, Circles.Codes(problem, field));
        Assert.False(string.IsNullOrWhiteSpace(problem["errors"]![field]![0]!.GetValue<string>()));
        Assert.Equal(before, await WrittenAsync(camille, lea));
    }

    [Fact]
    public async Task Several_broken_rules_are_all_reported_at_once()
    {
        using var camille = await fixture.Users.AsAsync(Users.Camille);
        var body = Cadence("durationMinutes", 0);
        body["cadence"]!["timeZone"] = "Nowhere/Land";
        body["objective"] = new string('x', 2001);

        var problem = await Circles.ProblemAsync(await camille.PostAsJsonAsync("circles", body));

        Assert.Equal(["cadence.durationMinutes", "cadence.timeZone", "objective"], problem["codes"]!.AsObject().Select(p => p.Key).Order());
    }

    [Fact]
    public async Task Body_over_64_KiB_is_413_and_writes_nothing()
    {
        using var camille = await fixture.Users.AsAsync(Users.Camille);
        var before = await Circles.MyCircleIdsAsync(camille);
        var body = Set(Circles.PeerGroup(Users.Camille, Users.Lea, Users.Nicolas), b => b["padding"] = new string(' ', 65 * 1024));

        var response = await camille.PostAsync("circles", new StringContent(Circles.Json(body), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("request.body.tooLarge", Circles.Codes(await Circles.ProblemAsync(response), "body"));
        Assert.Equal(before, await Circles.MyCircleIdsAsync(camille));
    }

    [Fact]
    public async Task Errors_are_in_english_when_the_client_prefers_english()
    {
        using var camille = await fixture.Users.AsAsync(Users.Camille, "en-US,en;q=0.9,fr;q=0.5");
        var problem = await Circles.ProblemAsync(await camille.PostAsJsonAsync("circles", Cadence("durationMinutes", 0)));
        Assert.Equal("The duration must be between 15 and 480 minutes.", problem["errors"]!["cadence.durationMinutes"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Errors_are_in_french_by_default()
    {
        using var camille = await fixture.Users.AsAsync(Users.Camille, "de-DE");
        var problem = await Circles.ProblemAsync(await camille.PostAsJsonAsync("circles", Cadence("durationMinutes", 0)));
        Assert.Equal("La durée doit être comprise entre 15 et 480 minutes.", problem["errors"]!["cadence.durationMinutes"]![0]!.GetValue<string>());
    }

    private static async Task<string> WrittenAsync(HttpClient camille, HttpClient lea) =>
        string.Join(',', await Circles.MyCircleIdsAsync(camille)) + " | " + string.Join(',', await Circles.MyCircleIdsAsync(lea));

    private static JsonObject Cadence(string name, JsonNode? value) =>
        Set(Circles.PeerGroup(Users.Camille, Users.Lea, Users.Nicolas), b => b["cadence"]![name] = value);

    private static JsonObject Set(JsonObject body, Action<JsonObject> change)
    {
        change(body);
        return body;
    }
}
