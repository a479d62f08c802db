using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Mentoring.M365Emulator.Tests.Identity;

/// <summary>
/// The claims Entra puts in each token version (learn.microsoft.com/entra/identity-platform/access-token-claims-reference):
/// the resource's registration decides the version, not the endpoint the client called.
/// </summary>
public sealed class TokenShapeTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const string ApiScope = DemoDirectory.ApiIdentifierUri + "/access_as_user";
    private static readonly Guid Contoso = DemoDirectory.ContosoTenantId;
    private static readonly DemoUser Camille = DemoDirectory.Users.Single(u => u.UserPrincipalName == "camille.martin@contoso.example");
    private static readonly DemoUser Manon = DemoDirectory.Users.Single(u => u.UserPrincipalName == "manon.lefevre@contoso.example");

    [Fact]
    public async Task The_api_asks_for_v2_tokens_so_teams_gets_one_whose_audience_is_the_client_id_not_the_app_id_uri()
    {
        var token = await UserTokenAsync(Camille, ApiScope, FirstPartyClients.TeamsWeb);

        Assert.Equal([DemoDirectory.ApiClientId], token.Audiences);
        Assert.Equal($"{fixture.Emulator.BaseUri}{Contoso}/v2.0", token.Issuer);
        Assert.Equal("2.0", token.GetClaim("ver").Value);
        Assert.Equal(FirstPartyClients.TeamsWeb, token.GetClaim("azp").Value);
        Assert.Equal("0", token.GetClaim("azpacr").Value); // a public client: no secret
        Assert.Equal("access_as_user", token.GetClaim("scp").Value);
        Assert.Equal(Contoso.ToString(), token.GetClaim("tid").Value);
        Assert.Equal(Camille.Id.ToString(), token.GetClaim("oid").Value);
        Assert.Equal(Camille.DisplayName, token.GetClaim("name").Value);
        Assert.Equal(Camille.UserPrincipalName, token.GetClaim("preferred_username").Value);
        Assert.NotEqual(Camille.Id.ToString(), token.GetClaim("sub").Value); // pairwise, never the person's id
        Assert.False(token.TryGetClaim("roles", out _), "roles only when the person was assigned one");
        Assert.False(token.TryGetClaim("appid", out _), "appid is a v1 claim");
        Assert.False(token.TryGetClaim("upn", out _), "upn is a v1 claim");
    }

    [Fact]
    public async Task Roles_reach_the_api_token_only_for_a_person_assigned_one()
    {
        var token = await UserTokenAsync(Manon, ApiScope, FirstPartyClients.OutlookWeb);

        Assert.Equal(["Coordinator"], token.Claims.Where(c => c.Type == "roles").Select(c => c.Value));
        Assert.Equal(FirstPartyClients.OutlookWeb, token.GetClaim("azp").Value);
    }

    [Fact]
    public async Task Graph_takes_v1_tokens_so_a_user_token_for_it_has_the_v1_shape()
    {
        var token = await UserTokenAsync(Camille, "https://graph.microsoft.com/Calendars.Read", FirstPartyClients.TeamsWeb);

        Assert.Equal(["https://graph.microsoft.com"], token.Audiences);
        Assert.Equal($"https://sts.windows.net/{Contoso}/", token.Issuer);
        Assert.Equal("1.0", token.GetClaim("ver").Value);
        Assert.Equal(FirstPartyClients.TeamsWeb, token.GetClaim("appid").Value);
        Assert.Equal("0", token.GetClaim("appidacr").Value);
        Assert.Equal(Camille.UserPrincipalName, token.GetClaim("upn").Value);
        Assert.Equal(Camille.UserPrincipalName, token.GetClaim("unique_name").Value);
        Assert.False(token.TryGetClaim("azp", out _), "azp is a v2 claim");
        var validated = await TokenValidation.ValidateV1Async(fixture.Http, token.EncodedToken, Contoso, "https://graph.microsoft.com", fixture.Clock);
        Assert.True(validated.IsValid, validated.Exception?.Message);
    }

    [Fact]
    public async Task An_app_token_for_graph_is_v1_and_says_the_client_authenticated_with_a_secret()
    {
        var token = new JsonWebToken(await TokenClient.AppTokenAsync(fixture.Http, Contoso));

        Assert.Equal("1.0", token.GetClaim("ver").Value);
        Assert.Equal(DemoDirectory.ApiClientId, token.GetClaim("appid").Value);
        Assert.Equal("1", token.GetClaim("appidacr").Value);
        Assert.Equal($"https://sts.windows.net/{Contoso}/", token.Issuer);
    }

    [Fact]
    public async Task The_v1_metadata_names_the_v1_issuer_and_publishes_the_same_keys()
    {
        using var v1 = JsonDocument.Parse(await fixture.Http.GetStringAsync($"{Contoso}/.well-known/openid-configuration"));
        var v1Keys = await fixture.Http.GetStringAsync(v1.RootElement.GetProperty("jwks_uri").GetString());

        Assert.Equal($"https://sts.windows.net/{Contoso}/", v1.RootElement.GetProperty("issuer").GetString());
        Assert.Equal(await fixture.Http.GetStringAsync($"{Contoso}/discovery/v2.0/keys"), v1Keys);
    }

    private async Task<JsonWebToken> UserTokenAsync(DemoUser user, string scope, string clientId)
    {
        using var response = await TokenClient.PasswordAsync(fixture.Http, user.TenantId.ToString(), user.UserPrincipalName, scope, clientId);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return new JsonWebToken(await TokenClient.AccessTokenAsync(response));
    }
}
