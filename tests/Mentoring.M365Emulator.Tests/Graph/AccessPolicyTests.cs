using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Mentoring.M365Emulator.Tests.Graph;

/// <summary>
/// A mailbox an Exchange application access policy leaves out answers 403 ErrorAccessDenied "Access to OData is disabled." to the
/// app's application calls (learn.microsoft.com/graph/auth-limit-mailbox-access), on that mailbox only.
/// </summary>
public sealed class AccessPolicyTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IDisposable
{
    private readonly GraphClient _graph = new(fixture.Http);

    [Fact]
    public async Task A_mailbox_outside_the_policy_answers_403_ErrorAccessDenied_and_the_others_answer()
    {
        using var put = await fixture.Http.PutAsJsonAsync("_emulator/permissions", new { outsideAccessPolicy = new[] { Seeds.Camille.UserPrincipalName } });
        put.EnsureSuccessStatusCode();

        using var denied = await _graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/events");
        using var deniedSettings = await _graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/mailboxSettings");
        using var other = await _graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Hugo.Id}/events");
        using var directory = await _graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        using var body = JsonDocument.Parse(await denied.Content.ReadAsStringAsync());
        Assert.Equal("ErrorAccessDenied", body.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("Access to OData is disabled.", body.RootElement.GetProperty("error").GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, deniedSettings.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, directory.StatusCode);
    }

    [Fact]
    public async Task A_mailbox_put_back_inside_the_policy_answers_again()
    {
        fixture.Emulator.Permissions.ExcludeFromAccessPolicy(Seeds.Hugo.Id);
        using var denied = await _graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Hugo.Id}/events");
        fixture.Emulator.Permissions.IncludeInAccessPolicy(Seeds.Hugo.Id);
        using var allowed = await _graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Hugo.Id}/events");

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task A_subscription_on_a_mailbox_outside_the_policy_is_refused_as_Graph_wraps_Exchanges_refusal()
    {
        fixture.Emulator.Permissions.ExcludeFromAccessPolicy(Seeds.Hugo.Id);
        var expiry = fixture.Clock.GetUtcNow().AddDays(1).ToString("o");
        using var refused = await _graph.SendAsync(HttpMethod.Post, "subscriptions", $$"""
            {"changeType":"created,updated,deleted","notificationUrl":"https://contoso.example/api/notifications",
             "resource":"/users/{{Seeds.Hugo.Id}}/events","expirationDateTime":"{{expiry}}","clientState":"secret"}
            """);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal("ExtensionError", body.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Contains("Access to OData is disabled.", body.RootElement.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    public void Dispose() => fixture.Emulator.Permissions.Reset();
}
