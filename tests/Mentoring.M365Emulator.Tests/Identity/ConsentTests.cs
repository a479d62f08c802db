using System.Net;
using System.Text.Json;

namespace Mentoring.M365Emulator.Tests.Identity;

/// <summary>
/// The token endpoint refuses what Entra refuses, with Entra's error body: a client the tenant never consented to
/// (AADSTS65001, consent_required), a confidential client without its secret, an app-only request without a credential, an
/// unknown client, resource or scope (learn.microsoft.com/entra/identity-platform/reference-error-codes).
/// </summary>
public sealed class ConsentTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IDisposable
{
    private const string ApiScope = DemoDirectory.ApiIdentifierUri + "/access_as_user";
    private const string ThirdPartyClient = "3d3d3d3d-0000-4000-8000-0000003d3d3d"; // registered, consented nowhere
    private static readonly Guid Contoso = DemoDirectory.ContosoTenantId;
    private const string Camille = "camille.martin@contoso.example";

    [Fact]
    public async Task A_client_the_tenant_never_consented_to_gets_AADSTS65001_consent_required_in_entras_error_body()
    {
        using var response = await TokenClient.PasswordAsync(fixture.Http, Contoso.ToString(), Camille, ApiScope, ThirdPartyClient);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var body = json.RootElement;
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
        Assert.Equal("consent_required", body.GetProperty("suberror").GetString());
        Assert.Equal([65001], body.GetProperty("error_codes").EnumerateArray().Select(e => e.GetInt32()));
        Assert.StartsWith("AADSTS65001: ", body.GetProperty("error_description").GetString(), StringComparison.Ordinal);
        Assert.Contains(ThirdPartyClient, body.GetProperty("error_description").GetString(), StringComparison.Ordinal);
        foreach (var field in new[] { "timestamp", "trace_id", "correlation_id" })
            Assert.False(string.IsNullOrEmpty(body.GetProperty(field).GetString()), field);
    }

    [Fact]
    public async Task Once_an_admin_consents_the_same_request_gets_a_token()
    {
        fixture.Emulator.Consents.Grant(Contoso, ThirdPartyClient, DemoDirectory.ApiClientId);

        using var response = await TokenClient.PasswordAsync(fixture.Http, Contoso.ToString(), Camille, ApiScope, ThirdPartyClient);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(FirstPartyClients.TeamsDesktopAndMobile)]
    [InlineData(FirstPartyClients.TeamsWeb)]
    [InlineData(FirstPartyClients.Microsoft365Web)]
    [InlineData(FirstPartyClients.Microsoft365Desktop)]
    [InlineData(FirstPartyClients.Microsoft365MobileAndOutlookDesktop)]
    [InlineData(FirstPartyClients.OutlookWeb)]
    [InlineData(FirstPartyClients.OutlookMobile)]
    public async Task Teams_outlook_and_office_clients_are_pre_authorized_by_the_api_so_need_no_consent(string clientId)
    {
        fixture.Emulator.Consents.Revoke(Contoso, DemoDirectory.ApiClientId);

        using var response = await TokenClient.PasswordAsync(fixture.Http, Contoso.ToString(), Camille, ApiScope, clientId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_apis_own_client_in_a_tenant_that_revoked_its_consent_gets_AADSTS65001()
    {
        fixture.Emulator.Consents.Revoke(Contoso, DemoDirectory.ApiClientId);

        using var response = await ConfidentialPasswordAsync(secret: "demo");

        Assert.Equal(65001, await FirstErrorCodeAsync(response));
    }

    [Fact]
    public async Task A_confidential_client_asking_a_user_token_without_its_secret_is_refused_and_with_it_accepted()
    {
        using var without = await ConfidentialPasswordAsync(secret: null);
        using var with = await ConfidentialPasswordAsync(secret: "demo");

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(7000218, await FirstErrorCodeAsync(without));
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
    }

    [Fact]
    public async Task An_app_only_token_without_a_secret_or_an_assertion_is_refused_for_every_client()
    {
        using var response = await fixture.Http.PostAsync($"{Contoso}/oauth2/v2.0/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = DemoDirectory.ApiClientId,
            ["scope"] = "https://graph.microsoft.com/.default",
        }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(7000216, await FirstErrorCodeAsync(response));
    }

    [Theory]
    [InlineData("0b0b0b0b-0000-4000-8000-00000000b0b0", 700016)] // an id no app of the tenant has, whatever secret it sends
    [InlineData(FirstPartyClients.TeamsWeb, 700025)]             // a public client: Teams holds no credential for app-only tokens
    [InlineData(ThirdPartyClient, 700025)]
    public async Task An_app_only_token_goes_to_no_unknown_or_public_client_even_with_a_secret(string clientId, int code)
    {
        using var response = await fixture.Http.PostAsync($"{Contoso}/oauth2/v2.0/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = "guessed",
            ["scope"] = "https://graph.microsoft.com/.default",
        }));

        Assert.False(response.IsSuccessStatusCode);
        Assert.Equal(code, await FirstErrorCodeAsync(response));
    }

    [Theory]
    [InlineData("0b0b0b0b-0000-4000-8000-00000000b0b0", ApiScope, 700016)]                            // unknown client
    [InlineData(FirstPartyClients.TeamsWeb, "api://unknown.example/x/access_as_user", 500011)]         // unknown resource
    [InlineData(FirstPartyClients.TeamsWeb, DemoDirectory.ApiIdentifierUri + "/write_everything", 70011)] // scope the API does not expose
    public async Task Unknown_clients_resources_and_scopes_are_refused_with_their_code(string clientId, string scope, int code)
    {
        using var response = await TokenClient.PasswordAsync(fixture.Http, Contoso.ToString(), Camille, scope, clientId);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, await FirstErrorCodeAsync(response));
    }

    public void Dispose() => fixture.Emulator.Consents.Reset();

    private Task<HttpResponseMessage> ConfidentialPasswordAsync(string? secret)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = DemoDirectory.ApiClientId,
            ["username"] = Camille,
            ["password"] = "demo",
            ["scope"] = ApiScope,
        };
        if (secret is not null)
            form["client_secret"] = secret;
        return fixture.Http.PostAsync($"{Contoso}/oauth2/v2.0/token", new FormUrlEncodedContent(form));
    }

    private static async Task<int> FirstErrorCodeAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("error_codes")[0].GetInt32();
    }
}
