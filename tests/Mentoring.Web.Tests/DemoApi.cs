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

    private static async Task<string> TokenAsync(BrowserFixture fixture, DemoUser user)
    {
        using var http = new HttpClient();
        var response = await http.PostAsync(new Uri(fixture.Host.Emulator.BaseUri, $"{user.TenantId}/oauth2/v2.0/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = FirstPartyClients.TeamsWeb, // the tab's token, as Teams asks for it
            ["username"] = user.UserPrincipalName,
            ["password"] = "demo",
            ["scope"] = DemoDirectory.ApiIdentifierUri + "/access_as_user",
        }));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>();
    }
}
