using System.Net;

namespace Mentoring.M365Emulator.Tests.Graph;

public sealed class FaultTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IDisposable
{
    private readonly GraphClient _graph = new(fixture.Http);

    [Fact]
    public async Task Injected_429_carries_Retry_After_and_has_no_side_effect()
    {
        fixture.Emulator.Faults.Configure(new FaultSettings(FailureRate: 1, Statuses: [429], RetryAfterSeconds: 7));

        using var response = await _graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/events", Seeds.BiweeklyParis(Seeds.Hugo.UserPrincipalName));
        fixture.Emulator.Faults.Reset();
        var events = await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/events");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
        Assert.Contains("TooManyRequests", await response.Content.ReadAsStringAsync());
        Assert.Empty(events.GetProperty("value").EnumerateArray());
    }

    [Fact]
    public async Task Faults_can_be_switched_over_http()
    {
        using var put = await fixture.Http.PutAsync("_emulator/faults", new StringContent(
            """{"failureRate":1,"statuses":[503],"retryAfterSeconds":2}""", System.Text.Encoding.UTF8, "application/json"));
        using var response = await _graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}");
        using var delete = await fixture.Http.DeleteAsync("_emulator/faults");
        using var healthy = await _graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), response.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
    }

    [Fact]
    public async Task A_fifth_concurrent_outlook_request_of_one_app_gets_429_MailboxConcurrency_even_across_five_mailboxes()
    {
        await _graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}"); // fetch the token first
        fixture.Emulator.Faults.Configure(new FaultSettings(LatencyMs: 1500));
        var mailboxes = DemoDirectory.Users.Where(u => u.TenantId == DemoDirectory.ContosoTenantId).Take(5).ToList();
        Assert.Equal(5, mailboxes.Count);

        var responses = await Task.WhenAll(mailboxes.Select(m => _graph.SendAsync(HttpMethod.Get, $"users/{m.Id}/mailboxSettings")));

        var throttled = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Equal(TimeSpan.FromSeconds(1), throttled.Headers.RetryAfter?.Delta);
        Assert.Contains("MailboxConcurrency", await throttled.Content.ReadAsStringAsync());
        Assert.Equal(4, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
    }

    [Fact]
    public async Task Another_app_has_its_own_four_concurrent_outlook_requests()
    {
        // Another app of the tenant: it exists for Entra once an admin consented it permissions on Graph.
        fixture.Emulator.Permissions.GrantGraphRoles("other-outlook-app", EmulatorPermissions.DefaultGraphRoles);
        var other = new GraphClient(fixture.Http, "other-outlook-app");
        await _graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}");
        await other.SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}");
        fixture.Emulator.Faults.Configure(new FaultSettings(LatencyMs: 1500));

        var responses = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(i => (i % 2 == 0 ? _graph : other).SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/mailboxSettings")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    [Fact]
    public async Task Every_graph_request_is_logged()
    {
        fixture.Emulator.Log.Clear();

        await _graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Hugo.UserPrincipalName}");
        var overHttp = await fixture.Http.GetStringAsync("_emulator/requests");

        var entry = Assert.Single(fixture.Emulator.Log.Entries);
        Assert.Equal("GET", entry.Method);
        Assert.Equal(Seeds.Hugo.Id.ToString(), entry.Mailbox);
        Assert.Equal(200, entry.Status);
        Assert.Contains(Seeds.Hugo.UserPrincipalName, overHttp);
    }

    public void Dispose() => fixture.Emulator.Faults.Reset();
}
