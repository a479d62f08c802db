using System.Net.Http.Headers;
using System.Text.Json;
using Mentoring.LocalHost;
using Mentoring.M365Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mentoring.Benchmarks;

/// <summary>Azurite, the emulator and the local host in this process, on free ports with tables of their own (as the API tests do).</summary>
public sealed class BenchHost(LocalHostApp host, string tablePrefix, string azurite) : IAsyncDisposable
{
    public string Azurite { get; } = azurite;

    public LocalHostApp Host { get; } = host;

    public string TablePrefix { get; } = tablePrefix;

    public static async Task<BenchHost> StartAsync()
    {
        // Left running on purpose (not disposed): an Azurite started by someone else is shared, scripts stop their own.
        var azurite = await LocalHost.Azurite.EnsureRunningAsync(RepositoryRoot.Find());
        var prefix = "bench" + Guid.NewGuid().ToString("N")[..10];
        var host = await LocalHostApp.StartAsync(new LocalHostSettings
        {
            Url = "http://127.0.0.1:0",
            EmulatorUrl = "http://127.0.0.1:0",
            TablePrefix = prefix,
            DemoHistory = false, // the figures are compared with runs made before the demo had a past
            ConfigureServices = services => services.AddLogging(logging => logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Warning)),
        });
        return new BenchHost(host, prefix, azurite.Description);
    }

    public static DemoUser User(string alias) =>
        DemoDirectory.Users.Single(u => u.UserPrincipalName.StartsWith(alias + "@", StringComparison.Ordinal));

    /// <summary>An API client for a demo user, with a token from the emulator's token endpoint (ROPC), as a client would get it.</summary>
    /// <summary>Creates a circle as the creator's client, then each invitee accepts as themselves; returns the circle's id.</summary>
    public async Task<string> CreateCircleAsync(HttpClient creator, System.Text.Json.Nodes.JsonObject body)
    {
        var created = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(creator, "circles", body);
        created.EnsureSuccessStatusCode();
        var circle = (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>(created.Content))!;
        var id = circle["id"]!.GetValue<string>();
        foreach (var invitee in circle["invited"]!.AsArray())
        {
            var person = DemoDirectory.Users.Single(u => u.Id.ToString() == invitee!["personId"]!.GetValue<string>());
            using var member = await ApiClientAsync(person);
            (await member.PostAsync($"circles/{id}/invitation/accept", null)).EnsureSuccessStatusCode();
        }

        return id;
    }

    public async Task<HttpClient> ApiClientAsync(DemoUser user)
    {
        var token = await TokenAsync(user.TenantId, new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = FirstPartyClients.TeamsWeb, // the tab's token, as Teams asks for it
            ["username"] = user.UserPrincipalName,
            ["password"] = "demo",
            ["scope"] = DemoDirectory.ApiIdentifierUri + "/access_as_user",
        });
        return Client(new Uri(Host.BaseUri, "api/"), token);
    }

    /// <summary>A plain Graph client with an app-only token (client credentials), talking to the emulator directly.</summary>
    public async Task<HttpClient> GraphClientAsync(Guid tenant)
    {
        var token = await TokenAsync(tenant, new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = DemoDirectory.ApiClientId,
            ["client_secret"] = "benchmark-replay",
            ["scope"] = "https://graph.microsoft.com/.default",
        });
        return Client(new Uri(Host.Emulator.GraphBaseUri + "/"), token);
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    private async Task<string> TokenAsync(Guid tenant, Dictionary<string, string> form)
    {
        using var http = new HttpClient();
        using var content = new FormUrlEncodedContent(form);
        using var response = await http.PostAsync(new Uri(Host.Emulator.BaseUri, $"{tenant}/oauth2/v2.0/token"), content);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    private static HttpClient Client(Uri baseAddress, string token)
    {
        var client = new HttpClient { BaseAddress = baseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        return client;
    }
}
