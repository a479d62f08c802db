using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.M365Emulator;

namespace Mentoring.Web.Tests;

/// <summary>The product's API as a demo person calls it, with a token from the emulator's token endpoint as the tab's client gets one.</summary>
internal static class DemoApi
{
    public static DemoUser Named(string first) =>
        DemoDirectory.Users.Single(u => u.DisplayName.StartsWith(first, StringComparison.Ordinal) && u.TenantId == DemoDirectory.ContosoTenantId);

    public static async Task<HttpClient> AsAsync(BrowserFixture fixture, DemoUser user)
    {
        var api = new HttpClient { BaseAddress = new Uri(fixture.Host.BaseUri, "api/") };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(fixture, user));
        return api;
    }

    /// <summary>
    /// Creates a circle as <paramref name="creator"/>, then each person it invites accepts as themselves through the API (nobody is
    /// in a circle without saying yes); returns the circle's id.
    /// </summary>
    public static async Task<string> CreateCircleAsync(BrowserFixture fixture, DemoUser creator, JsonObject draft)
    {
        using var api = await AsAsync(fixture, creator);
        var created = await api.PostAsJsonAsync("circles", draft);
        created.EnsureSuccessStatusCode();
        var circle = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = circle["id"]!.GetValue<string>();
        foreach (var invitee in circle["invited"]!.AsArray())
        {
            var person = DemoDirectory.Users.Single(u => u.Id.ToString() == invitee!["personId"]!.GetValue<string>());
            using var member = await AsAsync(fixture, person);
            (await member.PostAsync($"circles/{id}/invitation/accept", null)).EnsureSuccessStatusCode();
        }

        return id;
    }

    /// <summary><paramref name="user"/> accepts, through the API, their invitation to the cohort named <paramref name="cohort"/>.</summary>
    public static async Task AcceptCohortAsync(BrowserFixture fixture, DemoUser user, string cohort)
    {
        using var api = await AsAsync(fixture, user);
        var invitations = (await api.GetFromJsonAsync<JsonArray>("invitations"))!;
        var id = invitations.Single(i => i!["type"]!.GetValue<string>() == "cohort" && i["name"]!.GetValue<string>() == cohort)!["id"]!.GetValue<string>();
        (await api.PostAsync($"cohorts/{id}/invitation/accept", null)).EnsureSuccessStatusCode();
    }

    private static async Task<string> TokenAsync(BrowserFixture fixture, DemoUser user)
    {
        using var http = new HttpClient();
        var response = await http.PostAsync(new Uri(fixture.Host.Emulator.BaseUri, $"{user.TenantId}/oauth2/v2.0/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = DemoDirectory.ApiClientId,
            ["username"] = user.UserPrincipalName,
            ["password"] = "demo",
            ["scope"] = DemoDirectory.ApiAudience + "/access_as_user",
        }));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>();
    }
}
