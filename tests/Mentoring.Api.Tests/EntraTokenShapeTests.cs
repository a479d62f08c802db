using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.M365Emulator;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Mentoring.Api.Tests;

/// <summary>
/// The API accepts what Entra issues for its registration (v2: aud = client id, v2 issuer of the token's tenant, ver 2.0) and
/// nothing else; each refused token also writes nothing (learn.microsoft.com/entra/identity-platform/access-token-claims-reference).
/// </summary>
[Collection(LocalHostCollection.Name)]
public sealed class EntraTokenShapeTests(LocalHostFixture fixture) : IDisposable
{
    private const string ThirdPartyClient = "3d3d3d3d-0000-4000-8000-0000003d3d3d"; // an emulator app no tenant consented to

    private static DemoUser Camille => Users.Camille;

    [Fact]
    public async Task A_token_teams_gets_from_entra_for_the_registration_is_v2_for_the_client_id_and_is_accepted()
    {
        var raw = await PasswordTokenAsync(FirstPartyClients.TeamsWeb);
        var token = new JsonWebToken(raw);
        using var client = fixture.Users.WithToken(raw);

        Assert.Equal([DemoDirectory.ApiClientId], token.Audiences);
        Assert.Equal("2.0", token.GetClaim("ver").Value);
        Assert.Equal(FirstPartyClients.TeamsWeb, token.GetClaim("azp").Value);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("circles", Circles.PeerGroup(Camille, Users.Lea, Users.Nicolas))).StatusCode);
    }

    [Fact]
    public Task A_v2_token_whose_audience_is_the_app_id_uri_is_401_and_writes_nothing() =>
        AssertRefusedAndNothingWritten(new { audience = DemoDirectory.ApiIdentifierUri, version = "2.0" });

    [Fact]
    public Task A_v1_token_for_the_app_id_uri_is_401_because_the_registration_never_issues_v1() =>
        AssertRefusedAndNothingWritten(new { audience = DemoDirectory.ApiIdentifierUri, version = "1.0" });

    [Fact]
    public Task A_v1_token_for_another_resource_is_401_and_writes_nothing() =>
        AssertRefusedAndNothingWritten(new { audience = "https://graph.microsoft.com", version = "1.0" });

    [Fact]
    public Task A_v2_token_for_another_apis_client_id_is_401_and_writes_nothing() =>
        AssertRefusedAndNothingWritten(new { audience = "9a9a9a9a-0000-4000-8000-000000009a9a", version = "2.0" });

    [Fact]
    public Task A_v2_token_with_the_v1_issuer_is_401() =>
        AssertRefusedAndNothingWritten(new { audience = DemoDirectory.ApiClientId, version = "2.0", issuer = $"https://sts.windows.net/{Camille.TenantId}/" });

    [Fact]
    public Task A_v1_token_with_the_v2_issuer_and_the_client_id_is_401() =>
        AssertRefusedAndNothingWritten(new
        {
            audience = DemoDirectory.ApiClientId, version = "1.0", issuer = fixture.Host.Emulator.Authority(Camille.TenantId.ToString()),
        });

    [Fact]
    public async Task A_token_of_a_client_the_api_does_not_pre_authorize_is_403_even_once_the_tenant_consented_and_writes_nothing()
    {
        fixture.Host.Emulator.Consents.Grant(Camille.TenantId, ThirdPartyClient, DemoDirectory.ApiClientId);
        var token = await PasswordTokenAsync(ThirdPartyClient);

        var name = await PostCircleAsync(token, HttpStatusCode.Forbidden);

        await AssertNoCircleNamedAsync(name);
    }

    [Fact]
    public async Task Entra_refuses_that_client_a_token_while_the_tenant_has_not_consented()
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(fixture.Host.Emulator.BaseUri, $"{Camille.TenantId}/oauth2/v2.0/token"), Form(ThirdPartyClient));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("consent_required", body["suberror"]!.GetValue<string>());
    }

    public void Dispose() => fixture.Host.Emulator.Consents.Reset();

    private async Task AssertRefusedAndNothingWritten(object shape)
    {
        using var control = new HttpClient();
        var mint = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(shape))!.AsObject();
        mint["tenantId"] = Camille.TenantId.ToString();
        mint["userId"] = Camille.Id.ToString();
        mint["clientId"] = FirstPartyClients.TeamsWeb;
        var response = await control.PostAsJsonAsync(new Uri(fixture.Host.Emulator.BaseUri, "_emulator/tokens"), mint);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();

        var name = await PostCircleAsync(token, HttpStatusCode.Unauthorized);

        await AssertNoCircleNamedAsync(name);
    }

    private async Task<string> PostCircleAsync(string token, HttpStatusCode expected)
    {
        using var client = fixture.Users.WithToken(token);
        var draft = Circles.PeerGroup(Camille, Users.Lea, Users.Nicolas);
        var response = await client.PostAsJsonAsync("circles", draft);
        Assert.Equal(expected, response.StatusCode);
        return draft["name"]!.GetValue<string>();
    }

    private async Task AssertNoCircleNamedAsync(string name)
    {
        using var camille = await fixture.Users.AsAsync(Camille);
        var circles = (await camille.GetFromJsonAsync<JsonArray>("circles"))!;
        Assert.DoesNotContain(circles, c => c!["name"]!.GetValue<string>() == name);
    }

    private async Task<string> PasswordTokenAsync(string clientId)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(fixture.Host.Emulator.BaseUri, $"{Camille.TenantId}/oauth2/v2.0/token"), Form(clientId));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>();
    }

    private static FormUrlEncodedContent Form(string clientId) => new(new Dictionary<string, string>
    {
        ["grant_type"] = "password",
        ["client_id"] = clientId,
        ["username"] = Camille.UserPrincipalName,
        ["password"] = "demo",
        ["scope"] = DemoDirectory.ApiIdentifierUri + "/access_as_user",
    });
}
