using System.Net;
using System.Text.Json;
using Mentoring.M365Emulator.BotFramework;
using Mentoring.M365Emulator.Tests.Graph;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Mentoring.M365Emulator.Tests.BotConnector;

/// <summary>A bot gets its token by client credentials; the Bot Connector takes nothing else.</summary>
public sealed class ConnectorTokenTests : IClassFixture<EmulatorFixture>, IDisposable
{
    private static readonly Guid Contoso = DemoDirectory.ContosoTenantId;
    private readonly EmulatorFixture _fixture;

    public ConnectorTokenTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Emulator.BotConnector.Reset();
        TeamsAppSeed.InstallDemoApp(fixture.Emulator);
        fixture.Emulator.BotConnector.Install(Seeds.Hugo.Id);
    }

    [Fact]
    public async Task The_bot_token_is_a_v1_token_for_the_bot_framework_naming_the_bot()
    {
        var token = new JsonWebToken(await ConnectorClient.BotTokenAsync(_fixture.Http, Contoso));

        // The Bot Framework's registration takes v1 tokens: the client is in appid, the issuer is the v1 one of the bot's tenant.
        Assert.Equal(["https://api.botframework.com"], token.Audiences);
        Assert.Equal(DemoBot.AppId, token.GetClaim("appid").Value);
        Assert.Equal("1", token.GetClaim("appidacr").Value);
        Assert.Equal("1.0", token.GetClaim("ver").Value);
        Assert.Equal($"https://sts.windows.net/{Contoso}/", token.Issuer);
        Assert.Equal(Contoso.ToString(), token.GetClaim("tid").Value);
    }

    [Fact]
    public async Task An_app_that_is_no_bot_or_a_bot_without_secret_gets_no_token()
    {
        using var notABot = await TokenAsync(DemoDirectory.ApiClientId, "demo");
        using var noSecret = await TokenAsync(DemoBot.AppId, "");

        Assert.Equal(HttpStatusCode.BadRequest, notABot.StatusCode);
        Assert.Equal("unauthorized_client", await OAuthErrorAsync(notABot));
        Assert.Equal(HttpStatusCode.Unauthorized, noSecret.StatusCode);
        Assert.Equal("invalid_client", await OAuthErrorAsync(noSecret));
    }

    [Theory]
    [InlineData("none")]
    [InlineData("graph")]
    [InlineData("garbage")]
    public async Task Without_a_bot_framework_token_the_connector_answers_401_and_stores_nothing(string kind)
    {
        var bot = new ConnectorClient(_fixture.Emulator, _fixture.Http);
        var conversation = await bot.CreateIdAsync(Seeds.Hugo.Id, Contoso);
        var token = kind switch
        {
            "graph" => await TokenClient.AppTokenAsync(_fixture.Http, Contoso),
            "garbage" => "not.a.token",
            _ => "",
        };

        using var response = await bot.SendAsync(HttpMethod.Post, $"v3/conversations/{conversation}/activities", ConnectorClient.Message("x"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Authorization has been denied for this request.", body.RootElement.GetProperty("message").GetString());
        Assert.Empty(_fixture.Emulator.BotConnector.ActivitiesOf(conversation));
    }

    public void Dispose() => _fixture.Emulator.BotConnector.Reset();

    private Task<HttpResponseMessage> TokenAsync(string clientId, string secret) =>
        _fixture.Http.PostAsync($"{Contoso}/oauth2/v2.0/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = "https://api.botframework.com/.default",
        }));

    private static async Task<string?> OAuthErrorAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("error").GetString();
    }
}
