using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mentoring.M365Emulator;

namespace Mentoring.Api.Tests.Privacy;

/// <summary>Requests and reads shared by the privacy tests.</summary>
internal static class PrivacyApi
{
    /// <summary>What must not survive a person's erasure: their id, name and email, as written and as JSON escapes them.</summary>
    public static string[] Needles(DemoUser user) =>
        [.. new[] { user.Id.ToString(), user.DisplayName, user.Email, user.UserPrincipalName }
            .SelectMany(n => new[] { n, JsonEncodedText.Encode(n).ToString() }).Distinct()];

    public static async Task<JsonObject> ExportAsync(HttpClient client)
    {
        var response = await client.GetAsync("me/export");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>The export's records as "Store partition/row", the form <see cref="AccountScan"/> reports rows in.</summary>
    public static string[] Keys(JsonObject export) =>
        [.. export["records"]!.AsArray().Select(r => $"{r!["store"]!.GetValue<string>()} {r["key"]!.GetValue<string>()}").Order()];

    public static string[] Kinds(JsonObject export) =>
        [.. export["records"]!.AsArray().Select(r => r!["kind"]!.GetValue<string>()).Distinct().Order()];

    public static async Task<JsonObject> PostJsonAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
