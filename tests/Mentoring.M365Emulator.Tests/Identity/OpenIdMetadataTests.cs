using System.Text.Json;

namespace Mentoring.M365Emulator.Tests.Identity;

public sealed class OpenIdMetadataTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Tenant_metadata_names_the_tenant_issuer_and_its_endpoints()
    {
        var tenant = DemoDirectory.ContosoTenantId;
        var json = await GetJsonAsync($"{tenant}/v2.0/.well-known/openid-configuration");

        var baseUri = fixture.Emulator.BaseUri.ToString();
        Assert.Equal($"{baseUri}{tenant}/v2.0", json.GetProperty("issuer").GetString());
        Assert.Equal($"{baseUri}{tenant}/oauth2/v2.0/token", json.GetProperty("token_endpoint").GetString());
        Assert.Equal($"{baseUri}{tenant}/discovery/v2.0/keys", json.GetProperty("jwks_uri").GetString());
        Assert.Contains("RS256", json.GetProperty("id_token_signing_alg_values_supported").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("organizations")]
    [InlineData("common")]
    public async Task Multi_tenant_metadata_publishes_the_issuer_template(string tenant)
    {
        var json = await GetJsonAsync($"{tenant}/v2.0/.well-known/openid-configuration");

        Assert.Equal($"{fixture.Emulator.BaseUri}{{tenantid}}/v2.0", json.GetProperty("issuer").GetString());
    }

    [Fact]
    public async Task Keys_are_published_as_an_rsa_jwks()
    {
        var json = await GetJsonAsync($"{DemoDirectory.ContosoTenantId}/discovery/v2.0/keys");

        var key = Assert.Single(json.GetProperty("keys").EnumerateArray());
        Assert.Equal("RSA", key.GetProperty("kty").GetString());
        Assert.Equal("sig", key.GetProperty("use").GetString());
        Assert.False(string.IsNullOrEmpty(key.GetProperty("kid").GetString()));
        Assert.False(string.IsNullOrEmpty(key.GetProperty("n").GetString()));
        Assert.Equal("AQAB", key.GetProperty("e").GetString());
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        var text = await fixture.Http.GetStringAsync(path);
        return JsonDocument.Parse(text).RootElement;
    }
}
