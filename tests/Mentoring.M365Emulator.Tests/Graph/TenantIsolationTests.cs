using System.Net;
using System.Net.Http.Headers;

namespace Mentoring.M365Emulator.Tests.Graph;

/// <summary>An app token of one tenant cannot reach a mailbox of another: Graph answers as for an unknown user.</summary>
public sealed class TenantIsolationTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static DemoUser Alex => DemoDirectory.Find("alex.johnson@fabrikam.example")!;

    [Theory]
    [InlineData("GET", "")]
    [InlineData("GET", "/events")]
    [InlineData("GET", "/mailboxSettings")]
    [InlineData("POST", "/events")]
    [InlineData("GET", "/onlineMeetings?$filter=JoinWebUrl%20eq%20'x'")]
    public async Task A_Contoso_app_token_gets_404_ErrorInvalidUser_for_a_Fabrikam_mailbox(string method, string rest)
    {
        var contoso = await TokenClient.AppTokenAsync(fixture.Http, DemoDirectory.ContosoTenantId);
        fixture.Emulator.Log.Clear();

        using var byId = await SendAsync(contoso, method, $"users/{Alex.Id}{rest}");
        using var byUpn = await SendAsync(contoso, method, $"users/{Alex.UserPrincipalName}{rest}");

        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        Assert.Equal("ErrorInvalidUser", await OnlineMeetingTests.ErrorCodeAsync(byId));
        Assert.Equal(HttpStatusCode.NotFound, byUpn.StatusCode);
        Assert.All(fixture.Emulator.Log.Entries, e => Assert.Equal(404, e.Status));
    }

    [Fact]
    public async Task The_same_mailbox_answers_its_own_tenant_token()
    {
        var fabrikam = await TokenClient.AppTokenAsync(fixture.Http, DemoDirectory.FabrikamTenantId);

        using var response = await SendAsync(fabrikam, "GET", $"users/{Alex.Id}/events");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_Contoso_event_is_not_created_in_Fabrikam_and_Contoso_mailboxes_stay_reachable()
    {
        var contoso = await TokenClient.AppTokenAsync(fixture.Http, DemoDirectory.ContosoTenantId);
        var fabrikam = await TokenClient.AppTokenAsync(fixture.Http, DemoDirectory.FabrikamTenantId);

        using var refused = await SendAsync(contoso, "POST", $"users/{Alex.Id}/events", Seeds.BiweeklyParis(Seeds.Hugo.UserPrincipalName));
        using var ownEvents = await SendAsync(fabrikam, "GET", $"users/{Alex.Id}/events");
        using var contosoMailbox = await SendAsync(contoso, "GET", $"users/{Seeds.Camille.Id}/events");

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.DoesNotContain("Mentorat", await ownEvents.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, contosoMailbox.StatusCode);
    }

    private Task<HttpResponseMessage> SendAsync(string token, string method, string path, string? json = null)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), "v1.0/" + path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Content = json is null && method == "POST"
            ? new StringContent(Seeds.BiweeklyParis(Seeds.Hugo.UserPrincipalName), System.Text.Encoding.UTF8, "application/json")
            : json is null ? null : new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        return fixture.Http.SendAsync(request);
    }
}
