using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Mentoring.Core.Common;
using Mentoring.Core.Scheduling;
using Mentoring.Infrastructure.Graph;
using Mentoring.M365Emulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Graph.Tests;

/// <summary>One emulator for every Graph test; the gateway comes from the production DI registration, pointed at it.</summary>
public sealed class GraphFixture : IAsyncLifetime
{
    private readonly List<ServiceProvider> providers = [];

    public M365Emulator.M365Emulator Emulator { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public ICalendarGateway Gateway { get; private set; } = null!;

    public static TenantId Contoso { get; } = new(DemoDirectory.ContosoTenantId);

    /// <summary>The emulator's and the gateway's clock: fixed before the 2027 series the tests create, whatever today is.</summary>
    public static FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));

    public async Task InitializeAsync()
    {
        Emulator = await M365Emulator.M365Emulator.StartAsync(time: Clock);
        Http = new HttpClient { BaseAddress = Emulator.BaseUri };
        Gateway = CreateGateway();
    }

    /// <summary>A gateway with its own options; retries wait only for the server's Retry-After.</summary>
    public ICalendarGateway CreateGateway(int maxRetries = 3) =>
        Services(new Dictionary<string, string?> { ["Graph:MaxRetries"] = maxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .GetRequiredService<ICalendarGateway>();

    /// <summary>The production registration over the emulator; <paramref name="configure"/> adds to it (a test logger, say).</summary>
    public ServiceProvider Services(Dictionary<string, string?> overrides, Action<IServiceCollection>? configure = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = Emulator.GraphBaseUri.ToString(),
            ["Graph:Authority"] = Emulator.BaseUri.ToString(),
            ["Graph:ClientId"] = DemoDirectory.ApiClientId,
            ["Graph:ClientSecret"] = "local-secret",
            ["Graph:RetryDelaySeconds"] = "0",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<TimeProvider>(Clock).AddMentoringGraph(configuration);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        providers.Add(provider);
        return provider;
    }

    /// <summary>Raw Graph over HTTP with an app token, to act as Outlook would (move an occurrence) or to inspect the calendar.</summary>
    public async Task<JsonElement> GraphAsync(HttpMethod method, string path, string? json = null)
    {
        using var token = await Http.PostAsync($"{DemoDirectory.ContosoTenantId}/oauth2/v2.0/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = DemoDirectory.ApiClientId,
            ["client_secret"] = "x",
            ["scope"] = "https://graph.microsoft.com/.default",
        }));
        using var tokenJson = JsonDocument.Parse(await token.Content.ReadAsStringAsync());
        using var request = new HttpRequestMessage(method, "v1.0/" + path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokenJson.RootElement.GetProperty("access_token").GetString());
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Every item of a Graph collection, following its nextLinks (Outlook serves 10 a page).</summary>
    public async Task<List<JsonElement>> GraphCollectionAsync(string path)
    {
        var items = new List<JsonElement>();
        for (string? next = path; next is not null;)
        {
            var page = await GraphAsync(HttpMethod.Get, next);
            items.AddRange(page.GetProperty("value").EnumerateArray());
            next = page.TryGetProperty("@odata.nextLink", out var link) ? new Uri(link.GetString()!).PathAndQuery["/v1.0/".Length..] : null;
        }

        return items;
    }

    public async Task DisposeAsync()
    {
        foreach (var provider in providers)
        {
            await provider.DisposeAsync();
        }

        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}
