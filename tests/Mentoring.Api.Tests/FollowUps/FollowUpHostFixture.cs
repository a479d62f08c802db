using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Api.Tests.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.FollowUps;
using Mentoring.Core.People;
using Mentoring.LocalHost;
using Mentoring.M365Emulator;
using Mentoring.M365Emulator.BotFramework;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Api.Tests.FollowUps;

/// <summary>A local host whose fixed clock each scenario moves past its sessions: a session ends, its follow-up opens.</summary>
public sealed class FollowUpHostFixture : IAsyncLifetime
{
    /// <summary>A Monday in the future: nothing here depends on today's date.</summary>
    public static readonly DateTimeOffset Start = new(2031, 3, 3, 8, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);

    public LocalHostApp Host { get; private set; } = null!;

    public Users Users { get; private set; } = null!;

    public IMemberCards Cards => Host.Services.GetRequiredService<IMemberCards>();

    // The emulator signs channel tokens on this clock too, so the product's own validator checks them on it unchanged.
    public async Task InitializeAsync() => (Host, Users) = await TestHost.StartAsync(TestHost.Prefix("fup"), Clock);

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>
    /// A scheduled peer group of <paramref name="peers"/> (the first organizes it) meeting every two weeks from a week after the
    /// clock; then the clock is moved just after its second session (index 1), whose follow-up is open.
    /// </summary>
    /// <param name="beforeEnd">Done while the sessions are still to come (e.g. a commitment made at the first one).</param>
    public async Task<Scenario> PeerGroupAfterSecondSessionAsync(DemoUser[] peers, Func<string, JsonArray, Task>? beforeEnd = null)
    {
        using var organizer = await Users.AsAsync(peers[0]);
        var body = Circles.PeerGroup(peers);
        body["cadence"]!["firstDate"] = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).AddDays(7).ToString("yyyy-MM-dd");
        var circle = await Circles.CreateAsync(organizer, body);
        var id = circle["id"]!.GetValue<string>();
        var sessions = (await (await organizer.PostAsync($"circles/{id}/series", null)).Content.ReadFromJsonAsync<JsonObject>())!["sessions"]!.AsArray();
        if (beforeEnd is not null)
        {
            await beforeEnd(id, sessions);
        }

        Clock.SetUtcNow(sessions[1]!["end"]!.GetValue<DateTimeOffset>().AddHours(1));
        return new Scenario(new CircleId(Guid.Parse(id)), [.. sessions.Select(s => AgendaApi.Id(s))]);
    }

    /// <summary>
    /// Waits until what the last steps set going in the background is done: Graph's change notifications delivered and the
    /// dispatch queues empty, so a test that records the storage requests of one call sees that call's only.
    /// </summary>
    public Task SettleAsync() => Host.SettleAsync();

    /// <summary>Posts an activity to /api/messages from this host's Bot Connector, signed as it signs them.</summary>
    /// <remarks>The product remembers the service URL activities come from and sends the tenant's cards there: any other would break the tests after this one.</remarks>
    public async Task<HttpResponseMessage> PostActivityAsync(JsonObject activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var serviceUrl = Host.Emulator.BotConnector.ServiceUrl.ToString();
        activity["serviceUrl"] = serviceUrl;
        var token = await Host.Emulator.GetChannelTokenAsync(DemoBot.AppId, serviceUrl);
        using var http = new HttpClient { BaseAddress = new Uri(Host.BaseUri, "api/") };
        using var request = new HttpRequestMessage(HttpMethod.Post, "messages") { Content = JsonContent.Create(activity) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request);
    }

    public static TenantId Contoso => new(DemoDirectory.ContosoTenantId);

    public static PersonId IdOf(DemoUser user) => new(user.Id);

    /// <summary>A circle of the scenario and its sessions' ids.</summary>
    public sealed record Scenario(CircleId Circle, string[] Sessions)
    {
        public string Id => Circle.ToString();
    }
}

[CollectionDefinition(Name)]
public sealed class FollowUpHostCollection : ICollectionFixture<FollowUpHostFixture>
{
    public const string Name = "follow-up host";
}
