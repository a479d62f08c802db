using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mentoring.M365Emulator.BotFramework;
using Mentoring.M365Emulator.Tests.Graph;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Mentoring.M365Emulator.Tests.BotConnector;

/// <summary>An Action.Execute pressed in the Teams client reaches the bot as Teams sends it, and a card in the answer replaces the card.</summary>
public sealed class CardInvokeTests : IClassFixture<EmulatorFixture>, IAsyncLifetime
{
    private static readonly Guid Contoso = DemoDirectory.ContosoTenantId;
    private readonly EmulatorFixture _fixture;
    private readonly ConnectorClient _bot;
    private RecordingBot _endpoint = null!;

    public CardInvokeTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _bot = new ConnectorClient(fixture.Emulator, fixture.Http);
    }

    public async Task InitializeAsync()
    {
        _fixture.Emulator.BotConnector.Reset();
        TeamsAppSeed.InstallDemoApp(_fixture.Emulator);
        _fixture.Emulator.BotConnector.Install(Seeds.Hugo.Id);
        _endpoint = await RecordingBot.StartAsync();
        _fixture.Emulator.BotConnector.RegisterBot(DemoBot.AppId, _endpoint.Endpoint);
    }

    [Fact]
    public async Task The_invoke_is_an_adaptiveCard_action_from_the_person_signed_as_the_Bot_Connector_signs()
    {
        var (conversation, cardId) = await PostCardAsync();

        await InvokeAsync(conversation, cardId, "followup.submit", new JsonObject { ["usefulness"] = "4" });

        var (authorization, activity) = Assert.Single(_endpoint.Received);
        Assert.Equal("invoke", activity["type"]!.ToString());
        Assert.Equal("adaptiveCard/action", activity["name"]!.ToString());
        Assert.Equal("Action.Execute", activity["value"]!["action"]!["type"]!.ToString());
        Assert.Equal("followup.submit", activity["value"]!["action"]!["verb"]!.ToString());
        Assert.Equal("4", activity["value"]!["action"]!["data"]!["usefulness"]!.ToString());
        Assert.Equal("manual", activity["value"]!["trigger"]!.ToString());
        Assert.Equal(Seeds.Hugo.Id.ToString(), activity["from"]!["aadObjectId"]!.ToString());
        Assert.Equal(conversation, activity["conversation"]!["id"]!.ToString());
        Assert.Equal(Contoso.ToString(), activity["channelData"]!["tenant"]!["id"]!.ToString());
        Assert.Equal("fr-FR", activity["locale"]!.ToString());
        Assert.Equal(cardId, activity["replyToId"]!.ToString());

        // Checked as a bot does (botbuilder's ChannelValidation), with nothing of the emulator but its published keys.
        var validation = await ValidateAsync(authorization![("Bearer ".Length)..]);
        Assert.True(validation.IsValid, validation.Exception?.Message);
        var token = (JsonWebToken)validation.SecurityToken;
        Assert.Equal(activity["serviceUrl"]!.ToString(), token.GetClaim("serviceurl").Value);
        Assert.Equal(_fixture.Emulator.BotConnector.ServiceUrl.ToString(), activity["serviceUrl"]!.ToString());
    }

    [Fact]
    public async Task A_card_in_the_answer_replaces_the_card_and_an_error_leaves_it()
    {
        var (conversation, cardId) = await PostCardAsync();

        _endpoint.Answer = new JsonObject { ["statusCode"] = 400, ["type"] = "application/vnd.microsoft.error", ["value"] = new JsonObject { ["code"] = "x", ["message"] = "Refusé" } };
        var refused = await InvokeAsync(conversation, cardId, "followup.submit", new JsonObject());
        var afterError = CardText(conversation);
        _endpoint.Answer = new JsonObject { ["statusCode"] = 200, ["type"] = "application/vnd.microsoft.card.adaptive", ["value"] = ConnectorClient.CardMessage("Merci, c'est noté")["attachments"]![0]!["content"]!.DeepClone() };
        var accepted = await InvokeAsync(conversation, cardId, "followup.submit", new JsonObject());

        Assert.Equal("error", refused.GetProperty("outcome").GetString());
        Assert.Equal("Refusé", refused.GetProperty("message").GetString());
        Assert.Equal("Suivi de séance", afterError);
        Assert.Equal("card", accepted.GetProperty("outcome").GetString());
        Assert.Equal("Merci, c'est noté", CardText(conversation));
        Assert.Single(_fixture.Emulator.BotConnector.ActivitiesOf(conversation));
    }

    [Fact]
    public async Task Another_person_cannot_press_a_button_in_Hugos_chat()
    {
        var (conversation, cardId) = await PostCardAsync();

        using var response = await _fixture.Http.PostAsJsonAsync($"teams/api/chats/{Uri.EscapeDataString(conversation)}/invoke", new JsonObject
        {
            ["user"] = Seeds.Camille.UserPrincipalName,
            ["replyToId"] = cardId,
            ["action"] = new JsonObject { ["verb"] = "followup.submit" },
        });

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(_endpoint.Received);
    }

    public async Task DisposeAsync()
    {
        _fixture.Emulator.BotConnector.Reset();
        await _endpoint.DisposeAsync();
    }

    private async Task<(string Conversation, string CardId)> PostCardAsync()
    {
        var conversation = await _bot.CreateIdAsync(Seeds.Hugo.Id, Contoso);
        using var posted = await _bot.PostAsync(conversation, ConnectorClient.CardMessage("Suivi de séance"));
        return (conversation, (await ConnectorClient.JsonAsync(posted)).GetProperty("id").GetString()!);
    }

    private async Task<JsonElement> InvokeAsync(string conversation, string cardId, string verb, JsonObject data)
    {
        using var response = await _fixture.Http.PostAsJsonAsync($"teams/api/chats/{Uri.EscapeDataString(conversation)}/invoke", new JsonObject
        {
            ["user"] = Seeds.Hugo.UserPrincipalName,
            ["replyToId"] = cardId,
            ["locale"] = "fr-FR",
            ["action"] = new JsonObject { ["id"] = "submit", ["verb"] = verb, ["data"] = data },
        });
        return await ConnectorClient.JsonAsync(response);
    }

    private string CardText(string conversation) =>
        _fixture.Emulator.BotConnector.ActivitiesOf(conversation)[0]["attachments"]![0]!["content"]!["body"]![0]!["text"]!.ToString();

    private async Task<TokenValidationResult> ValidateAsync(string token)
    {
        using var metadata = JsonDocument.Parse(await _fixture.Http.GetStringAsync(_fixture.Emulator.BotOpenIdMetadataUri));
        var jwks = await _fixture.Http.GetStringAsync(metadata.RootElement.GetProperty("jwks_uri").GetString());
        using var keys = JsonDocument.Parse(jwks);
        var teamsKeys = new JsonWebKeySet(jwks).Keys.Where(k => keys.RootElement.GetProperty("keys").EnumerateArray()
            .Any(j => j.GetProperty("kid").GetString() == k.Kid && j.GetProperty("endorsements").EnumerateArray().Any(e => e.GetString() == "msteams")));
        return await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = "https://api.botframework.com",
            ValidAudience = DemoBot.AppId,
            IssuerSigningKeys = teamsKeys,
            LifetimeValidator = Identity.TokenValidation.Lifetime(_fixture.Clock, TimeSpan.FromMinutes(5)),
        });
    }
}
