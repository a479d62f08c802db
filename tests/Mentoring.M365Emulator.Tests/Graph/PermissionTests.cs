using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Mentoring.M365Emulator.Tests.Graph;

/// <summary>Each endpoint needs its application permission, as Graph checks it, and the admin's grants change at run time.</summary>
public sealed class PermissionTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IDisposable
{
    [Fact]
    public async Task An_app_granted_Calendars_Read_only_reads_calendars_and_is_refused_the_rest_with_each_service_s_error()
    {
        fixture.Emulator.Permissions.GrantGraphRoles("read-only-app", ["Calendars.Read"]);
        var graph = new GraphClient(fixture.Http, "read-only-app");

        using var list = await graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/events");
        using var schedule = await graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/calendar/getSchedule", Schedule(Seeds.Hugo.UserPrincipalName));
        using var create = await graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/events", Seeds.BiweeklyParis(Seeds.Hugo.UserPrincipalName, "read-only"));
        using var user = await graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}");
        using var settings = await graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/mailboxSettings");
        using var meetings = await graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/onlineMeetings?$filter=JoinWebUrl eq 'x'");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.OK, schedule.StatusCode);
        Assert.Equal(("ErrorAccessDenied", "Access is denied. Check credentials and try again."), await ForbiddenAsync(create));
        Assert.Equal(("Authorization_RequestDenied", "Insufficient privileges to complete the operation."), await ForbiddenAsync(user));
        Assert.Equal("ErrorAccessDenied", (await ForbiddenAsync(settings)).Code);
        Assert.Equal("Forbidden", (await ForbiddenAsync(meetings)).Code);
        var all = await new GraphClient(fixture.Http).JsonAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/events?$top=1000");
        Assert.DoesNotContain(all.GetProperty("value").EnumerateArray(), e => e.TryGetProperty("transactionId", out var t) && t.GetString() == "read-only");
    }

    [Fact]
    public async Task A_grant_changed_over_http_reaches_tokens_issued_after_it_only()
    {
        // An app of the tenant (an admin consented it Graph's permissions: Entra knows it), whose grant then changes.
        fixture.Emulator.Permissions.GrantGraphRoles("changing-app", EmulatorPermissions.DefaultGraphRoles);
        var before = new GraphClient(fixture.Http, "changing-app");
        using var first = await before.SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}");

        using var put = await fixture.Http.PutAsJsonAsync("_emulator/permissions", new { appRoles = new Dictionary<string, string[]> { ["changing-app"] = ["Calendars.ReadWrite"] } });
        using var oldToken = await before.SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}");
        using var newToken = await new GraphClient(fixture.Http, "changing-app").SendAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}");
        var shown = await fixture.Http.GetFromJsonAsync<JsonElement>("_emulator/permissions");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(HttpStatusCode.OK, oldToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, newToken.StatusCode);
        Assert.Equal("Calendars.ReadWrite", shown.GetProperty("appRoles").GetProperty("changing-app")[0].GetString());
    }

    [Fact]
    public async Task A_user_token_is_checked_against_its_delegated_scopes()
    {
        var token = await fixture.Emulator.GetUserTokenAsync(DemoDirectory.ContosoTenantId, Seeds.Camille.Id, "https://graph.microsoft.com");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v1.0/users/{Seeds.Camille.Id}/events");
        request.Headers.Authorization = new("Bearer", token);

        using var response = await fixture.Http.SendAsync(request);

        // The emulator's minted user tokens carry scp=access_as_user, which grants nothing on Graph.
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    public void Dispose() => fixture.Emulator.Permissions.Reset();

    private static async Task<(string Code, string Message)> ForbiddenAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
        return (error.GetProperty("code").GetString()!, error.GetProperty("message").GetString()!);
    }

    private static string Schedule(string upn) => $$"""
        {"schedules":["{{upn}}"],"startTime":{"dateTime":"2026-03-19T00:00:00","timeZone":"UTC"},
         "endTime":{"dateTime":"2026-03-20T00:00:00","timeZone":"UTC"},"availabilityViewInterval":60}
        """;
}
