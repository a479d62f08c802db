using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mentoring.M365Emulator;

namespace Mentoring.Api.Tests;

/// <summary>Request bodies and reads used by several test classes.</summary>
public static class Circles
{
    /// <summary>The <paramref name="day"/> of the week after <see cref="TestClock.Start"/>'s, where every fixture's clock starts.</summary>
    public static string NextWeek(DayOfWeek day = DayOfWeek.Thursday)
    {
        var today = DateOnly.FromDateTime(TestClock.Start.UtcDateTime);
        return today.AddDays(((int)day - (int)today.DayOfWeek + 7) % 7 + 7).ToString("yyyy-MM-dd");
    }

    public static JsonObject PeerGroup(params DemoUser[] peers) => new()
    {
        ["kind"] = "peerGroup",
        ["name"] = "Groupe test " + Guid.NewGuid().ToString("N")[..6],
        ["objective"] = "Avancer ensemble.",
        ["members"] = new JsonArray([.. peers.Select(p => (JsonNode)new JsonObject { ["personId"] = p.Id.ToString() })]),
        ["cadence"] = new JsonObject { ["firstDate"] = NextWeek(), ["startTime"] = "18:00", ["timeZone"] = "Europe/Paris" },
    };

    public static JsonObject Mentorship(DemoUser mentor, DemoUser mentee) => new()
    {
        ["kind"] = "mentorship",
        ["name"] = "Mentorat test " + Guid.NewGuid().ToString("N")[..6],
        ["objective"] = "Réussir ma reconversion.",
        ["members"] = new JsonArray(
            new JsonObject { ["personId"] = mentor.Id.ToString(), ["role"] = "mentor" },
            new JsonObject { ["personId"] = mentee.Id.ToString(), ["role"] = "mentee", ["objective"] = "Trouver un poste." }),
        ["cadence"] = new JsonObject { ["firstDate"] = NextWeek(), ["startTime"] = "18:00", ["timeZone"] = "Europe/Paris" },
    };

    /// <summary>
    /// Creates a circle whose every member said yes: the creator invites the others, then each accepts as themselves through the
    /// API (nobody is in a circle without saying yes). Returns the circle as its creator reads it after the last acceptance.
    /// </summary>
    public static async Task<JsonObject> CreateAsync(HttpClient client, JsonObject body)
    {
        var created = await InviteAsync(client, body);
        var id = created["id"]!.GetValue<string>();
        if (created["invited"]!.AsArray().Count == 0)
        {
            return created;
        }

        Assert.True(Users.SignedInAs.TryGetValue(client, out var signedIn), "The creator's client must come from Users.AsAsync.");
        foreach (var invitee in created["invited"]!.AsArray())
        {
            var person = DemoDirectory.Users.Single(u => u.Id.ToString() == invitee!["personId"]!.GetValue<string>());
            using var member = await signedIn.Item1.AsAsync(person);
            var accepted = await member.PostAsync($"circles/{id}/invitation/accept", null);
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        return (await client.GetFromJsonAsync<JsonObject>($"circles/{id}"))!;
    }

    /// <summary>
    /// <paramref name="inviter"/> adds <paramref name="person"/> to a peer group and they accept as themselves
    /// (<paramref name="member"/> is their client): the answer to the acceptance, or the refused invitation.
    /// </summary>
    public static async Task<HttpResponseMessage> AddAsync(HttpClient inviter, HttpClient member, string circleId, DemoUser person)
    {
        var invited = await inviter.PostAsync($"circles/{circleId}/members/{person.Id}", null);
        return invited.StatusCode == HttpStatusCode.OK ? await member.PostAsync($"circles/{circleId}/invitation/accept", null) : invited;
    }

    /// <summary>Creates a circle as <paramref name="client"/>: they are its one member, everyone else in the body is invited.</summary>
    public static async Task<JsonObject> InviteAsync(HttpClient client, JsonObject body)
    {
        var response = await client.PostAsJsonAsync("circles", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static async Task<string[]> MyCircleIdsAsync(HttpClient client)
    {
        var list = await client.GetFromJsonAsync<JsonArray>("circles");
        return [.. list!.Select(c => c!["id"]!.GetValue<string>()).Order()];
    }

    public static async Task<JsonObject> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public static string[] Codes(JsonObject problem, string field) =>
        problem["codes"]?[field]?.AsArray().Select(c => c!.GetValue<string>()).ToArray() ?? [];

    public static string Json(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
