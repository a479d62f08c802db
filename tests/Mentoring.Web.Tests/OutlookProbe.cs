using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mentoring.LocalHost;
using Mentoring.M365Emulator;

namespace Mentoring.Web.Tests;

/// <summary>What the Outlook tests check behind the browser: the organizer's calendar in the emulator's Graph, and the API as a member.</summary>
internal sealed class OutlookProbe(LocalHostApp host)
{
    /// <summary>The organizer's events whose subject is exactly <paramref name="subject"/>.</summary>
    public async Task<JsonObject[]> EventsAsync(DemoUser organizer, string subject)
    {
        using var graph = await ClientAsync(organizer, "client_credentials", "https://graph.microsoft.com/.default", new Uri(host.Emulator.GraphBaseUri + "/"));
        var events = new List<JsonObject>();
        for (string? next = $"users/{organizer.Id}/events"; next is not null;)
        {
            var page = (await graph.GetFromJsonAsync<JsonObject>(next))!;
            events.AddRange(page["value"]!.AsArray().Select(e => e!.AsObject()));
            next = page["@odata.nextLink"]?.GetValue<string>();
        }

        return [.. events.Where(e => e["subject"]?.GetValue<string>() == subject)];
    }

    /// <summary>The member's circle named <paramref name="name"/> and its series, or nulls.</summary>
    public async Task<(JsonObject? Circle, JsonObject? Series)> CircleAsync(DemoUser member, string name)
    {
        using var api = await ClientAsync(member, "password", DemoDirectory.ApiAudience + "/access_as_user", new Uri(host.BaseUri, "api/"));
        var circle = (await api.GetFromJsonAsync<JsonArray>("circles"))!.Select(c => c!.AsObject()).SingleOrDefault(c => c["name"]!.GetValue<string>() == name);
        if (circle is null)
            return (null, null);
        var sessions = await api.GetAsync($"circles/{circle["id"]}/sessions");
        return (circle, sessions.IsSuccessStatusCode ? await sessions.Content.ReadFromJsonAsync<JsonObject>() : null);
    }

    /// <summary>Creates a circle through the API, as a member would from the Teams tab; returns its id.</summary>
    public async Task<string> CreateCircleAsync(DemoUser member, JsonObject draft)
    {
        using var api = await ClientAsync(member, "password", DemoDirectory.ApiAudience + "/access_as_user", new Uri(host.BaseUri, "api/"));
        var response = await api.PostAsJsonAsync("circles", draft);
        response.EnsureSuccessStatusCode();
        var circle = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = circle["id"]!.GetValue<string>();

        // Everyone else is invited: each accepts as themselves, as they would from their own tab.
        foreach (var invitee in circle["invited"]!.AsArray())
        {
            var person = DemoDirectory.Users.Single(u => u.Id.ToString() == invitee!["personId"]!.GetValue<string>());
            using var theirs = await ClientAsync(person, "password", DemoDirectory.ApiAudience + "/access_as_user", new Uri(host.BaseUri, "api/"));
            (await theirs.PostAsync($"circles/{id}/invitation/accept", null)).EnsureSuccessStatusCode();
        }

        return id;
    }

    private async Task<HttpClient> ClientAsync(DemoUser user, string grant, string scope, Uri baseAddress)
    {
        using var tokens = new HttpClient();
        var form = new Dictionary<string, string> { ["grant_type"] = grant, ["client_id"] = DemoDirectory.ApiClientId, ["scope"] = scope };
        if (grant == "password")
        {
            form["username"] = user.UserPrincipalName;
            form["password"] = "demo";
        }
        else
        {
            form["client_secret"] = "test-probe";
        }

        var response = await tokens.PostAsync(new Uri(host.Emulator.BaseUri, $"{user.TenantId}/oauth2/v2.0/token"), new FormUrlEncodedContent(form));
        response.EnsureSuccessStatusCode();
        var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString();
        var client = new HttpClient { BaseAddress = baseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
