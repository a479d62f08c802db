using System.Net;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Mentoring.M365Emulator.Tests.Identity;

public sealed class TokenEndpointTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const string Scope = DemoDirectory.ApiIdentifierUri + "/access_as_user";
    private static readonly Guid Contoso = DemoDirectory.ContosoTenantId;

    [Fact]
    public async Task Password_grant_gives_a_v2_user_token_that_validates_against_the_published_keys()
    {
        var camille = DemoDirectory.Users.First(u => u.UserPrincipalName == "camille.martin@contoso.example");

        using var response = await TokenClient.PasswordAsync(fixture.Http, Contoso.ToString(), camille.UserPrincipalName, Scope);
        response.EnsureSuccessStatusCode();
        var token = await TokenClient.AccessTokenAsync(response);

        var result = await TokenValidation.ValidateAsync(fixture.Http, token, Contoso, DemoDirectory.ApiClientId, fixture.Clock);
        Assert.True(result.IsValid, result.Exception?.Message);
        var jwt = (JsonWebToken)result.SecurityToken;
        Assert.Equal(camille.Id.ToString(), jwt.GetClaim("oid").Value);
        Assert.Equal(Contoso.ToString(), jwt.GetClaim("tid").Value);
        Assert.Equal("access_as_user", jwt.GetClaim("scp").Value);
        Assert.Equal("2.0", jwt.GetClaim("ver").Value);
        Assert.Equal(camille.UserPrincipalName, jwt.GetClaim("preferred_username").Value);
        Assert.False(string.IsNullOrEmpty(jwt.Kid));
    }

    [Fact]
    public async Task Password_grant_for_a_Fabrikam_user_on_the_Contoso_tenant_is_refused()
    {
        using var response = await TokenClient.PasswordAsync(fixture.Http, Contoso.ToString(), "alex.johnson@fabrikam.example", Scope);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("invalid_grant", json.RootElement.GetProperty("error").GetString());
        Assert.True(json.RootElement.TryGetProperty("error_description", out _));
    }

    [Fact]
    public async Task Password_grant_on_organizations_issues_for_the_users_own_tenant()
    {
        using var response = await TokenClient.PasswordAsync(fixture.Http, "organizations", "alex.johnson@fabrikam.example", Scope);
        response.EnsureSuccessStatusCode();

        var token = await TokenClient.AccessTokenAsync(response);
        var result = await TokenValidation.ValidateAsync(fixture.Http, token, DemoDirectory.FabrikamTenantId, DemoDirectory.ApiClientId, fixture.Clock);
        Assert.True(result.IsValid, result.Exception?.Message);
    }

    [Fact]
    public async Task Client_credentials_give_a_graph_app_token_with_roles()
    {
        var token = await TokenClient.AppTokenAsync(fixture.Http, Contoso);

        var result = await TokenValidation.ValidateV1Async(fixture.Http, token, Contoso, "https://graph.microsoft.com", fixture.Clock);
        Assert.True(result.IsValid, result.Exception?.Message);
        var roles = ((JsonWebToken)result.SecurityToken).Claims.Where(c => c.Type == "roles").Select(c => c.Value);
        Assert.Equal(["AppCatalog.Read.All", "Calendars.ReadWrite", "MailboxSettings.Read", "OnlineMeetingArtifact.Read.All", "OnlineMeetings.Read.All", "TeamsActivity.Send",
            "TeamsAppInstallation.ReadWriteSelfForUser.All", "User.Read.All"],
            roles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Unknown_grant_type_is_an_oauth_error()
    {
        using var response = await fixture.Http.PostAsync($"{Contoso}/oauth2/v2.0/token",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "magic" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("unsupported_grant_type", await response.Content.ReadAsStringAsync());
    }
}
