using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.M365Emulator;

namespace Mentoring.Api.Tests;

/// <summary>Cohorts as tests need them: joining is an invitation, so each person named accepts as themselves through the API.</summary>
public static class Cohorts
{
    /// <summary>Creates the cohort as <paramref name="coordinator"/> (a client of <see cref="Users.AsAsync"/>); everyone accepts. Returns its id.</summary>
    public static async Task<string> CreateAcceptedAsync(HttpClient coordinator, string name, IEnumerable<DemoUser> people)
    {
        var response = await coordinator.PostAsJsonAsync("cohorts", new JsonObject
        {
            ["name"] = name,
            ["members"] = new JsonArray([.. people.Select(p => (JsonNode)p.Id.ToString())]),
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        Assert.True(Users.SignedInAs.TryGetValue(coordinator, out var signedIn), "The coordinator's client must come from Users.AsAsync.");
        foreach (var person in people)
        {
            using var member = await signedIn.Item1.AsAsync(person);
            var accepted = await member.PostAsync($"cohorts/{id}/invitation/accept", null);
            Assert.True(accepted.StatusCode == HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        }

        return id;
    }
}
