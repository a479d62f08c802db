using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Core.Delivery;
using Mentoring.Core.Requests;
using Mentoring.Infrastructure.Bot;
using Mentoring.LocalHost;
using Mentoring.M365Emulator;
using Mentoring.M365Emulator.BotConnector;
using Mentoring.M365Emulator.BotFramework;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Api.Tests.Requests;

/// <summary>A local host of its own (tables and queues) whose clock is fixed in 2027; Teams is the emulator's Bot Connector, and the
/// card queue runs in the host as it does in Azure, with quick retries.</summary>
public sealed class RequestCardHostFixture : IAsyncLifetime
{
    public static readonly TimeSpan Drain = TimeSpan.FromSeconds(180);

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.Zero));

    public LocalHostApp Host { get; private set; } = null!;

    public Users Users { get; private set; } = null!;

    public BotConnectorService Teams => Host.Emulator.BotConnector;

    public async Task InitializeAsync()
    {
        var prefix = TestHost.Prefix("rqc");

        // Hidden long enough that a slow attempt on a loaded machine is never taken over midway (the local runner then
        // fails to release a message whose pop receipt changed); failures come back after the quick retry delay.
        (Host, Users) = await TestHost.StartAsync(prefix, Clock, settings => settings with
        {
            QueuePrefix = prefix + "-",
            SeedDemoTenant = false,
            Queues = new QueueRunSettings { RetryDelay = TimeSpan.FromMilliseconds(100), PollInterval = TimeSpan.FromMilliseconds(50), MaxDequeueCount = 200, Invisibility = TimeSpan.FromSeconds(60) },
        });
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>The cards in a person's chat with the bot (each activity's Adaptive Card, with the activity's summary as "_summary").</summary>
    public IReadOnlyList<JsonObject> ChatOf(DemoUser person) =>
        [.. Teams.ConversationsOf(person.Id).SelectMany(Teams.ActivitiesOf).Select(a =>
        {
            var card = a["attachments"]![0]!["content"]!.DeepClone().AsObject();
            card["_summary"] = (string?)a["summary"];
            return card;
        })];

    /// <summary>The outbox state of a request's card: what the delivery decided, whatever the chat shows.</summary>
    public async Task<OutboxState?> OutboxStateAsync(string requestId, CardKind kind)
    {
        var stored = await Host.Services.GetRequiredService<IMentorRequestStore>().FindAsync(new(DemoDirectory.ContosoTenantId), Guid.Parse(requestId));
        return (await Host.Services.GetRequiredService<IOutbox>().FindAsync(RequestCardNotifier.DeliveryOf(stored!.Value, kind)))?.State;
    }

    /// <summary>Posts an activity to /api/messages signed as the Bot Connector signs it; returns Teams' invoke response body.</summary>
    public async Task<JsonObject> PostActivityAsync(JsonObject activity)
    {
        // This host's own Bot Connector: the product remembers the service URL activities come from and sends cards there.
        activity["serviceUrl"] = Teams.ServiceUrl.AbsoluteUri;
        var token = await Host.Emulator.GetChannelTokenAsync(DemoBot.AppId, Teams.ServiceUrl.AbsoluteUri);
        using var http = new HttpClient { BaseAddress = new Uri(Host.BaseUri, "api/") };
        using var request = new HttpRequestMessage(HttpMethod.Post, "messages") { Content = JsonContent.Create(activity) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}

[CollectionDefinition(Name)]
public sealed class RequestCardHostCollection : ICollectionFixture<RequestCardHostFixture>
{
    public const string Name = "request card host";
}
