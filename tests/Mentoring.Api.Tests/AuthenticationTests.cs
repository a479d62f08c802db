using System.Net;
using Mentoring.M365Emulator;

namespace Mentoring.Api.Tests;

[Collection(LocalHostCollection.Name)]
public sealed class AuthenticationTests(LocalHostFixture fixture)
{
    private static DemoUser Camille => Users.Camille;

    [Fact]
    public async Task Health_without_token_is_ok()
    {
        using var client = fixture.Users.WithToken(null);
        var response = await client.GetAsync("health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Missing_token_is_401_with_bearer_challenge_and_problem()
    {
        using var client = fixture.Users.WithToken(null);
        var response = await client.GetAsync("circles");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("auth.required", (await Circles.ProblemAsync(response))["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Garbage_token_is_401() =>
        await AssertRefused(fixture.Users.WithToken("not.a.jwt"));

    [Fact]
    public async Task Expired_token_is_401() =>
        await AssertRefused(await Mint(lifetimeSeconds: -600));

    [Fact]
    public async Task Token_for_another_audience_is_401() =>
        await AssertRefused(await Mint(audience: "https://graph.microsoft.com"));

    [Fact]
    public async Task Token_from_another_issuer_is_401() =>
        await AssertRefused(await Mint(issuer: "https://login.evil.example/" + Camille.TenantId + "/v2.0"));

    [Fact]
    public async Task Token_whose_issuer_names_another_tenant_than_its_tid_is_401() =>
        await AssertRefused(await Mint(issuer: fixture.Host.Emulator.Authority(DemoDirectory.FabrikamTenantId.ToString())));

    [Fact]
    public async Task Token_signed_with_an_unknown_key_is_401() =>
        await AssertRefused(await Mint(signWithUnknownKey: true));

    [Fact]
    public async Task Valid_minted_token_is_accepted_so_the_refusals_above_are_about_their_one_defect()
    {
        using var client = await Mint();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("circles")).StatusCode);
    }

    [Fact]
    public async Task Valid_token_of_a_tenant_not_on_the_allow_list_is_403_saying_so()
    {
        var stranger = Guid.NewGuid();
        await AssertForbidden(await Mint(tenantId: stranger, userId: Guid.NewGuid()), "auth.tenant.notAllowed");
    }

    [Fact]
    public async Task Valid_token_obtained_by_an_unknown_client_app_is_403_saying_so() =>
        await AssertForbidden(await Mint(clientId: Guid.NewGuid().ToString()), "auth.client.notAllowed");

    [Fact]
    public async Task Valid_token_without_the_access_as_user_scope_is_403_saying_so() =>
        await AssertForbidden(await Mint(scope: "User.Read"), "auth.scope.missing");

    [Theory]
    [InlineData("1fec8e78-bce4-4aaf-ab1b-5451cc387264")] // Teams desktop and mobile
    [InlineData("bc59ab01-8403-45c6-8796-ac3ef710b3e3")] // Outlook web
    [InlineData(DemoDirectory.ApiClientId)]              // the app's own front end
    public async Task Tokens_obtained_by_teams_outlook_or_the_app_itself_are_accepted(string clientId)
    {
        using var client = await Mint(clientId: clientId);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("circles")).StatusCode);
    }

    private Task<HttpClient> Mint(
        string audience = DemoDirectory.ApiClientId, string? issuer = null, int? lifetimeSeconds = null, bool signWithUnknownKey = false,
        Guid? tenantId = null, Guid? userId = null, string scope = "access_as_user", string? clientId = null) =>
        fixture.Users.WithMintedTokenAsync(new { tenantId = tenantId ?? Camille.TenantId, userId = userId ?? Camille.Id, audience, issuer, lifetimeSeconds, signWithUnknownKey, scope, clientId });

    private static async Task AssertRefused(HttpClient client)
    {
        using (client)
        {
            var response = await client.GetAsync("circles");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    private static async Task AssertForbidden(HttpClient client, string code)
    {
        using (client)
        {
            var response = await client.GetAsync("circles");
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            var problem = await Circles.ProblemAsync(response);
            Assert.Equal(code, problem["code"]!.GetValue<string>());
            Assert.False(string.IsNullOrWhiteSpace(problem["detail"]?.GetValue<string>()));
        }
    }
}
