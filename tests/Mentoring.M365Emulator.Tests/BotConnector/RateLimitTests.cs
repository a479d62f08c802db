using System.Net;
using Mentoring.M365Emulator.Tests.Graph;

namespace Mentoring.M365Emulator.Tests.BotConnector;

/// <summary>Teams' limits: per conversation 7/1 s, 8/2 s, 60/30 s, 1,800/hour; per bot per tenant 50/s; 429 with Retry-After.</summary>
/// <remarks>Each test stays inside every limit but the one it checks, so removing that limit alone makes it fail.</remarks>
public sealed class RateLimitTests : IClassFixture<FakeClockEmulatorFixture>, IDisposable
{
    private static readonly Guid Contoso = DemoDirectory.ContosoTenantId;
    private readonly FakeClockEmulatorFixture _fixture;
    private readonly ConnectorClient _bot;

    public RateLimitTests(FakeClockEmulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Emulator.BotConnector.Reset();
        TeamsAppSeed.InstallDemoApp(fixture.Emulator);
        _bot = new ConnectorClient(fixture.Emulator, fixture.Http);
    }

    [Fact]
    public async Task The_eighth_message_within_a_second_is_429_and_passes_once_the_announced_wait_is_over()
    {
        var conversation = await ConversationAsync(Seeds.Hugo.Id);

        var accepted = await SendAsync(conversation, 7);
        using var eighth = await _bot.PostAsync(conversation, ConnectorClient.Message("8"));
        _fixture.Clock.Advance(eighth.Headers.RetryAfter?.Delta ?? TimeSpan.Zero);
        using var retried = await _bot.PostAsync(conversation, ConnectorClient.Message("8"));

        Assert.Equal(7, accepted);
        Assert.Equal(HttpStatusCode.TooManyRequests, eighth.StatusCode);
        Assert.Equal("Throttled", await ConnectorClient.ErrorCodeAsync(eighth));
        Assert.Equal(TimeSpan.FromSeconds(1), eighth.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Equal(8, _fixture.Emulator.BotConnector.ActivitiesOf(conversation).Count);
    }

    [Fact]
    public async Task The_ninth_message_within_two_seconds_is_429()
    {
        var conversation = await ConversationAsync(Seeds.Hugo.Id);

        await SendAsync(conversation, 7);
        _fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        var eighth = await SendAsync(conversation, 1);
        using var ninth = await _bot.PostAsync(conversation, ConnectorClient.Message("9"));

        Assert.Equal(1, eighth);
        Assert.Equal(HttpStatusCode.TooManyRequests, ninth.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), ninth.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task The_sixty_first_message_within_thirty_seconds_is_429()
    {
        var conversation = await ConversationAsync(Seeds.Hugo.Id);

        // Four a second: under 7/1 s and 8/2 s; 60 take 15 seconds.
        var accepted = 0;
        for (var i = 0; i < 60; i++, _fixture.Clock.Advance(TimeSpan.FromMilliseconds(250)))
            accepted += await SendAsync(conversation, 1);
        using var sixtyFirst = await _bot.PostAsync(conversation, ConnectorClient.Message("61"));

        Assert.Equal(60, accepted);
        Assert.Equal(HttpStatusCode.TooManyRequests, sixtyFirst.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(15), sixtyFirst.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task The_message_after_1800_in_an_hour_is_429_until_the_hour_has_passed()
    {
        var conversation = await ConversationAsync(Seeds.Hugo.Id);

        // Two a second: under 7/1 s, 8/2 s and 60/30 s all along; 1,800 take a quarter of an hour.
        var accepted = 0;
        for (var i = 0; i < 1_800; i++, _fixture.Clock.Advance(TimeSpan.FromMilliseconds(500)))
            accepted += await SendAsync(conversation, 1);
        using var over = await _bot.PostAsync(conversation, ConnectorClient.Message("1801"));

        Assert.Equal(1_800, accepted);
        Assert.Equal(HttpStatusCode.TooManyRequests, over.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(45), over.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task The_fifty_first_request_of_a_tenant_within_a_second_is_429_while_another_tenant_is_served()
    {
        var people = DemoDirectory.Users.Where(u => u.TenantId == Contoso).Take(8).ToArray();
        var conversations = new List<string>();
        foreach (var person in people)
            conversations.Add(await ConversationAsync(person.Id));
        var alex = await ConversationAsync(DemoDirectory.Find("alex.johnson@fabrikam.example")!.Id, DemoDirectory.FabrikamTenantId);
        _fixture.Clock.Advance(TimeSpan.FromSeconds(2));

        var accepted = 0;
        foreach (var conversation in conversations.Take(7))
            accepted += await SendAsync(conversation, 7);
        accepted += await SendAsync(conversations[7], 1);
        using var fiftyFirst = await _bot.PostAsync(conversations[7], ConnectorClient.Message("51"));
        using var otherTenant = await _bot.PostAsync(alex, ConnectorClient.Message("Fabrikam"));

        Assert.Equal(50, accepted);
        Assert.Equal(HttpStatusCode.TooManyRequests, fiftyFirst.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), fiftyFirst.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.Created, otherTenant.StatusCode);
    }

    [Fact]
    public async Task Creating_conversations_is_limited_per_person_like_sending()
    {
        _fixture.Emulator.BotConnector.Install(Seeds.Hugo.Id);

        var created = 0;
        for (var i = 0; i < 7; i++)
        {
            using var response = await _bot.CreateAsync(Seeds.Hugo.Id, Contoso);
            created += response.StatusCode == HttpStatusCode.Created ? 1 : 0;
        }

        using var eighth = await _bot.CreateAsync(Seeds.Hugo.Id, Contoso);

        Assert.Equal(7, created);
        Assert.Equal(HttpStatusCode.TooManyRequests, eighth.StatusCode);
    }

    [Fact]
    public async Task Refused_requests_use_up_nothing()
    {
        var conversation = await ConversationAsync(Seeds.Hugo.Id);

        await SendAsync(conversation, 7);
        for (var i = 0; i < 20; i++)
            (await _bot.PostAsync(conversation, ConnectorClient.Message("refused"))).Dispose();
        _fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        using var next = await _bot.PostAsync(conversation, ConnectorClient.Message("8"));

        Assert.Equal(HttpStatusCode.Created, next.StatusCode);
    }

    public void Dispose() => _fixture.Emulator.BotConnector.Reset();

    private async Task<string> ConversationAsync(Guid userId, Guid? tenantId = null)
    {
        _fixture.Emulator.BotConnector.Install(userId);
        var id = await _bot.CreateIdAsync(userId, tenantId ?? Contoso);
        _fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        return id;
    }

    private async Task<int> SendAsync(string conversation, int count)
    {
        var accepted = 0;
        for (var i = 0; i < count; i++)
        {
            using var response = await _bot.PostAsync(conversation, ConnectorClient.Message($"m{i}"));
            accepted += response.StatusCode == HttpStatusCode.Created ? 1 : 0;
        }

        return accepted;
    }
}
