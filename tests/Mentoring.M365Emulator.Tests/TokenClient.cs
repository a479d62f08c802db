using System.Text.Json;

namespace Mentoring.M365Emulator.Tests;

/// <summary>Calls the emulator's token endpoint with form posts, exactly as MSAL would.</summary>
internal static class TokenClient
{
    /// <summary>A user token, asked by the Teams web client unless told otherwise (a public client: no secret).</summary>
    public static Task<HttpResponseMessage> PasswordAsync(HttpClient http, string tenant, string username, string scope, string clientId = FirstPartyClients.TeamsWeb) =>
        http.PostAsync($"{tenant}/oauth2/v2.0/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = clientId,
            ["username"] = username,
            ["password"] = "demo",
            ["scope"] = scope,
        }));

    public static async Task<string> AppTokenAsync(HttpClient http, Guid tenantId, string clientId = DemoDirectory.ApiClientId)
    {
        using var response = await http.PostAsync($"{tenantId}/oauth2/v2.0/token", new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = clientId,
                ["client_secret"] = "demo",
                ["scope"] = "https://graph.microsoft.com/.default",
            }));
        response.EnsureSuccessStatusCode();
        return await AccessTokenAsync(response);
    }

    public static async Task<string> AccessTokenAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("access_token").GetString()!;
    }
}
