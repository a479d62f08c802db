using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Profiles;
using Mentoring.LocalHost;
using Mentoring.M365Emulator;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Matching;

/// <summary>Profile bodies and calls shared by the matching tests.</summary>
public static class Profiles
{
    public static JsonObject Mentee(string targetField = "data analyse", string visibility = "peer") => new()
    {
        ["about"] = "Comptable depuis douze ans, je me reconvertis.",
        ["currentJob"] = "comptable",
        ["targetField"] = targetField,
        ["targetJob"] = "data analyste",
        ["skillsSought"] = new JsonArray("SQL", "Python"),
        ["skillsOffered"] = new JsonArray("Excel"),
        ["languages"] = new JsonArray("fr"),
        ["city"] = "Lyon",
        ["timeZone"] = "Europe/Paris",
        ["availability"] = new JsonArray(Slot("tuesday", "evening"), Slot("thursday", "evening")),
        ["visibility"] = visibility,
    };

    public static JsonObject Mentor(int capacity = 2, string visibility = "mentor", string field = "data analyse", int years = 10) => new()
    {
        ["about"] = "Data analyste, j'aime transmettre.",
        ["currentJob"] = "data analyste",
        ["targetField"] = "",
        ["skillsOffered"] = new JsonArray("SQL"),
        ["languages"] = new JsonArray("fr", "en"),
        ["city"] = "Paris",
        ["timeZone"] = "Europe/Paris",
        ["availability"] = new JsonArray(Slot("tuesday", "evening")),
        ["visibility"] = visibility,
        ["mentor"] = new JsonObject { ["fields"] = new JsonArray(field), ["yearsOfExperience"] = years, ["capacity"] = capacity },
    };

    /// <summary>
    /// Sets a mentor's count of mentees as an administrator would, in the store: the count is the server's, the profile form
    /// cannot set it (it also forgets which mentorships hold places, so a test starts from a known count).
    /// </summary>
    public static async Task CountMenteesAsync(LocalHostApp host, DemoUser mentor, int mentees)
    {
        var store = host.Services.GetRequiredService<IProfileStore>();
        var found = await store.FindAsync(new TenantId(mentor.TenantId), new PersonId(mentor.Id));
        Assert.NotNull(found?.Value.Mentor);
        var counted = found.Value with { Mentor = found.Value.Mentor with { CurrentMentees = mentees, Places = [] } };
        Assert.True((await store.SaveAsync(counted, found.Version)).IsSuccess);
    }

    public static async Task<int> MenteesAsync(HttpClient mentor) =>
        (await mentor.GetFromJsonAsync<JsonObject>("me/profile"))!["profile"]!["mentor"]!["currentMentees"]!.GetValue<int>();

    public static JsonObject Slot(string day, string part) => new() { ["day"] = day, ["part"] = part };

    public static async Task<JsonObject> PutAsync(HttpClient client, JsonObject body)
    {
        var response = await client.PutAsJsonAsync("me/profile", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static async Task<JsonArray> SuggestionsAsync(HttpClient client) => (await client.GetFromJsonAsync<JsonArray>("me/mentor-suggestions"))!;

    public static string[] Ids(JsonArray list, string property) => [.. list.Select(n => n![property]!.GetValue<string>())];
}
