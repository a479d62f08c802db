using System.Text.Json;
using Mentoring.M365Emulator.BotFramework;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Mentoring.M365Emulator.Tests.BotFramework;

/// <summary>The Bot Framework side of the emulator publishes what login.botframework.com does and signs as the Bot Connector does.</summary>
public sealed class ChannelTokenTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task The_metadata_names_the_bot_framework_issuer_and_keys_carrying_their_endorsements()
    {
        using var metadata = await GetJsonAsync(fixture.Emulator.BotOpenIdMetadataUri);
        Assert.Equal("https://api.botframework.com", metadata.RootElement.GetProperty("issuer").GetString());
        Assert.Equal(["RS256"], metadata.RootElement.GetProperty("id_token_signing_alg_values_supported").EnumerateArray().Select(a => a.GetString()));

        using var jwks = await GetJsonAsync(new Uri(metadata.RootElement.GetProperty("jwks_uri").GetString()!));
        var keys = jwks.RootElement.GetProperty("keys").EnumerateArray().ToArray();
        Assert.Equal(2, keys.Length);
        Assert.All(keys, k => Assert.Equal("RSA", k.GetProperty("kty").GetString()));
        Assert.Single(keys, k => Endorsements(k).Contains("msteams"));
    }

    [Fact]
    public async Task A_good_token_has_the_connector_claims_and_a_published_teams_key()
    {
        var token = new JsonWebToken(await fixture.Emulator.GetChannelTokenAsync(DemoBot.AppId, ServiceUrl));

        Assert.Equal("https://api.botframework.com", token.Issuer);
        Assert.Equal([DemoBot.AppId], token.Audiences);
        Assert.Equal(ServiceUrl, token.GetClaim("serviceurl").Value);
        Assert.True(token.ValidFrom < token.ValidTo);
        Assert.Contains("msteams", await EndorsementsOfAsync(token.Kid) ?? []);
    }

    [Theory]
    [InlineData("wrongAudience")]
    [InlineData("wrongIssuer")]
    [InlineData("expired")]
    [InlineData("serviceUrlMismatch")]
    [InlineData("unknownKey")]
    [InlineData("notEndorsedForTeams")]
    public async Task Each_flaw_spoils_exactly_its_own_part(string flaw)
    {
        var token = new JsonWebToken(await fixture.Emulator.GetChannelTokenAsync(DemoBot.AppId, ServiceUrl, flaw));
        var endorsements = await EndorsementsOfAsync(token.Kid);

        Assert.Equal(flaw == "wrongAudience", token.Audiences.Single() != DemoBot.AppId);
        Assert.Equal(flaw == "wrongIssuer", token.Issuer != "https://api.botframework.com");
        Assert.Equal(flaw == "expired", token.ValidTo < fixture.Clock.GetUtcNow().UtcDateTime.AddMinutes(-10));
        Assert.Equal(flaw == "serviceUrlMismatch", token.GetClaim("serviceurl").Value != ServiceUrl);
        Assert.Equal(flaw == "unknownKey", endorsements is null);
        Assert.Equal(flaw is "unknownKey" or "notEndorsedForTeams", endorsements?.Contains("msteams") != true);
    }

    private async Task<string[]?> EndorsementsOfAsync(string kid)
    {
        using var metadata = await GetJsonAsync(fixture.Emulator.BotOpenIdMetadataUri);
        using var jwks = await GetJsonAsync(new Uri(metadata.RootElement.GetProperty("jwks_uri").GetString()!));
        var key = jwks.RootElement.GetProperty("keys").EnumerateArray().Where(k => k.GetProperty("kid").GetString() == kid).ToArray();
        return key.Length == 1 ? Endorsements(key[0]) : null;
    }

    private static string[] Endorsements(JsonElement key) =>
        [.. key.GetProperty("endorsements").EnumerateArray().Select(e => e.GetString()!)];

    private async Task<JsonDocument> GetJsonAsync(Uri uri) =>
        JsonDocument.Parse(await fixture.Http.GetStringAsync(uri));

    private string ServiceUrl => fixture.Emulator.BotConnector.ServiceUrl.ToString();
}
