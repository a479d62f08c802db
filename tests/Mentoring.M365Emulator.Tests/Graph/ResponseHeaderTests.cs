using System.Net;
using System.Text.Json;

namespace Mentoring.M365Emulator.Tests.Graph;

/// <summary>Graph's ids and dates on every answer, the same ids inside every error, and the authority named on a 401.</summary>
public sealed class ResponseHeaderTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly GraphClient _graph = new(fixture.Http);

    [Fact]
    public async Task Every_answer_has_a_new_request_id_echoes_the_client_request_id_and_has_a_Date()
    {
        var sent = Guid.NewGuid().ToString();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v1.0/users/{Seeds.Camille.Id}");
        request.Headers.Authorization = new("Bearer", await TokenClient.AppTokenAsync(fixture.Http, DemoDirectory.ContosoTenantId));
        request.Headers.Add("client-request-id", sent);

        using var echoed = await fixture.Http.SendAsync(request);
        using var first = await _graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}");
        using var second = await _graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}");

        Assert.Equal(sent, Header(echoed, "client-request-id"));
        Assert.NotEqual(sent, Header(echoed, "request-id"));
        Assert.NotEqual(Header(first, "request-id"), Header(second, "request-id"));
        Assert.Equal(Header(first, "request-id"), Header(first, "client-request-id")); // none sent: Graph uses its own
        Assert.NotNull(first.Headers.Date);
    }

    [Fact]
    public async Task An_error_body_repeats_the_ids_of_its_headers_and_its_date()
    {
        using var response = await _graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/events/no-such-event");

        var inner = await InnerErrorAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(Header(response, "request-id"), inner.GetProperty("request-id").GetString());
        Assert.Equal(Header(response, "client-request-id"), inner.GetProperty("client-request-id").GetString());
        var date = DateTime.Parse(inner.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Math.Abs((date - response.Headers.Date!.Value.UtcDateTime).TotalSeconds) < 5);
    }

    [Fact]
    public async Task A_401_names_the_authority_in_WWW_Authenticate()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v1.0/users/{Seeds.Camille.Id}");

        using var response = await fixture.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.Contains($"authorization_uri=\"{fixture.Emulator.BaseUri}common/oauth2/authorize\"", challenge.Parameter, StringComparison.Ordinal);
        Assert.Contains("client_id=\"00000003-0000-0000-c000-000000000000\"", challenge.Parameter, StringComparison.Ordinal);
        Assert.Equal("InvalidAuthenticationToken", (await ErrorAsync(response)).GetProperty("code").GetString());
        Assert.True(response.Headers.Contains("request-id"));
    }

    private static string Header(HttpResponseMessage response, string name) => Assert.Single(response.Headers.GetValues(name));

    private static async Task<JsonElement> ErrorAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").Clone();

    private static async Task<JsonElement> InnerErrorAsync(HttpResponseMessage response) => (await ErrorAsync(response)).GetProperty("innerError");
}
