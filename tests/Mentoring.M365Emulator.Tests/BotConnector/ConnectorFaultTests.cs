using System.Net;
using Mentoring.M365Emulator.Tests.Graph;

namespace Mentoring.M365Emulator.Tests.BotConnector;

/// <summary>Injected failures store nothing; a lost answer comes after the activity was stored; every call is logged.</summary>
public sealed class ConnectorFaultTests : IClassFixture<EmulatorFixture>, IDisposable
{
    private static readonly Guid Contoso = DemoDirectory.ContosoTenantId;
    private readonly EmulatorFixture _fixture;
    private readonly ConnectorClient _bot;

    public ConnectorFaultTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Emulator.BotConnector.Reset();
        TeamsAppSeed.InstallDemoApp(fixture.Emulator);
        fixture.Emulator.BotConnector.Install(Seeds.Hugo.Id);
        _bot = new ConnectorClient(fixture.Emulator, fixture.Http);
    }

    [Theory]
    [InlineData(429, "Throttled")]
    [InlineData(412, "PreconditionFailed")]
    [InlineData(502, "ServiceError")]
    [InlineData(503, "ServiceUnavailable")]
    public async Task An_injected_failure_is_answered_with_its_code_and_stores_nothing(int status, string code)
    {
        var conversation = await _bot.CreateIdAsync(Seeds.Hugo.Id, Contoso);
        _fixture.Emulator.BotConnector.Faults.Configure(new FaultSettings(FailureRate: 1, Statuses: [status], RetryAfterSeconds: 3));

        using var response = await _bot.PostAsync(conversation, ConnectorClient.Message("x"));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(code, await ConnectorClient.ErrorCodeAsync(response));
        Assert.Equal(status is 429 or 503, response.Headers.RetryAfter?.Delta == TimeSpan.FromSeconds(3));
        Assert.Empty(_fixture.Emulator.BotConnector.ActivitiesOf(conversation));
    }

    [Fact]
    public async Task A_504_after_delivery_leaves_the_card_in_the_chat()
    {
        var conversation = await _bot.CreateIdAsync(Seeds.Hugo.Id, Contoso);
        using var faults = await _fixture.Http.PutAsync("_emulator/botconnector/faults", new StringContent(
            """{"lostResponseRate":1,"lostResponses":["gatewayTimeout"]}""", System.Text.Encoding.UTF8, "application/json"));

        using var response = await _bot.PostAsync(conversation, ConnectorClient.CardMessage("Suivi"));

        Assert.Equal(HttpStatusCode.OK, faults.StatusCode);
        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("GatewayTimeout", await ConnectorClient.ErrorCodeAsync(response));
        Assert.Single(_fixture.Emulator.BotConnector.ActivitiesOf(conversation));
    }

    [Fact]
    public async Task A_dropped_connection_after_delivery_throws_but_the_card_is_in_the_chat()
    {
        var conversation = await _bot.CreateIdAsync(Seeds.Hugo.Id, Contoso);
        _fixture.Emulator.BotConnector.Faults.Configure(new FaultSettings(LostResponseRate: 1, LostResponses: [LostResponse.ConnectionDropped]));

        var error = await Record.ExceptionAsync(() => _bot.PostAsync(conversation, ConnectorClient.CardMessage("Suivi")));

        Assert.IsType<HttpRequestException>(error);
        Assert.Single(_fixture.Emulator.BotConnector.ActivitiesOf(conversation));
    }

    [Fact]
    public async Task A_refused_write_never_loses_its_answer_so_the_bot_learns_the_refusal()
    {
        var conversation = await _bot.CreateIdAsync(Seeds.Hugo.Id, Contoso);
        _fixture.Emulator.BotConnector.Block(Seeds.Hugo.Id);
        _fixture.Emulator.BotConnector.Faults.Configure(new FaultSettings(LostResponseRate: 1, LostResponses: [LostResponse.GatewayTimeout]));

        using var response = await _bot.PostAsync(conversation, ConnectorClient.Message("x"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_log_records_each_call_with_its_status_and_graph_calls_are_not_in_it()
    {
        var conversation = await _bot.CreateIdAsync(Seeds.Hugo.Id, Contoso);
        await _bot.PostAsync("a:1missing", ConnectorClient.Message("x"));
        await _bot.PostAsync(conversation, ConnectorClient.Message("y"));
        await new GraphClient(_fixture.Http).SendAsync(HttpMethod.Get, $"users/{Seeds.Hugo.Id}");

        var log = _fixture.Emulator.BotConnector.Log.Entries;

        Assert.Equal([("POST", 201), ("POST", 404), ("POST", 201)], log.Select(e => (e.Method, e.Status)));
        Assert.All(log, e => Assert.StartsWith("/botconnector/v3/conversations", e.PathAndQuery));
    }

    public void Dispose() => _fixture.Emulator.BotConnector.Reset();
}
