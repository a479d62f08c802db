using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Mentoring.M365Emulator.Tests.Identity;

public sealed class MintedTokenTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static readonly Guid Contoso = DemoDirectory.ContosoTenantId;
    private static readonly Guid Hugo = DemoDirectory.Users[1].Id;

    [Fact]
    public async Task A_default_minted_token_is_valid()
    {
        var token = await fixture.Emulator.GetUserTokenAsync(Contoso, Hugo, DemoDirectory.ApiClientId);

        var result = await TokenValidation.ValidateAsync(fixture.Http, token, Contoso, DemoDirectory.ApiClientId, fixture.Clock);
        Assert.True(result.IsValid, result.Exception?.Message);
    }

    [Fact]
    public async Task A_negative_lifetime_gives_an_expired_token()
    {
        var result = await MintAndValidateAsync(new { tenantId = Contoso, userId = Hugo, audience = DemoDirectory.ApiClientId, lifetimeSeconds = -60 });

        Assert.IsType<SecurityTokenExpiredException>(result.Exception);
    }

    [Fact]
    public async Task A_token_signed_with_an_unknown_key_is_rejected()
    {
        var result = await MintAndValidateAsync(new { tenantId = Contoso, userId = Hugo, audience = DemoDirectory.ApiClientId, signWithUnknownKey = true });

        Assert.IsType<SecurityTokenSignatureKeyNotFoundException>(result.Exception);
    }

    [Fact]
    public async Task Wrong_audience_and_wrong_issuer_are_rejected()
    {
        var wrongAudience = await MintAndValidateAsync(new { tenantId = Contoso, userId = Hugo, audience = "api://someone-else" });
        var wrongIssuer = await MintAndValidateAsync(
            new { tenantId = Contoso, userId = Hugo, audience = DemoDirectory.ApiClientId, issuer = "https://evil.example/v2.0" });

        Assert.IsType<SecurityTokenInvalidAudienceException>(wrongAudience.Exception);
        Assert.IsType<SecurityTokenInvalidIssuerException>(wrongIssuer.Exception);
    }

    private async Task<TokenValidationResult> MintAndValidateAsync(object body)
    {
        using var response = await fixture.Http.PostAsJsonAsync("_emulator/tokens", body);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var token = json.RootElement.GetProperty("accessToken").GetString()!;
        return await TokenValidation.ValidateAsync(fixture.Http, token, Contoso, DemoDirectory.ApiClientId, fixture.Clock);
    }
}
