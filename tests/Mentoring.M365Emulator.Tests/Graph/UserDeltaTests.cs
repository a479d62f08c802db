using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Mentoring.M365Emulator.Tests.Graph;

/// <summary>GET /users/delta: a first round of everyone over pages, then only who was deleted (@removed) or restored.</summary>
public sealed class UserDeltaTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static readonly Guid Contoso = DemoDirectory.ContosoTenantId;

    [Fact]
    public async Task A_first_round_pages_through_everyone_then_a_deleted_user_is_removed_and_a_restored_one_comes_back()
    {
        var julien = DemoDirectory.Find("julien.petit@contoso.example")!;
        var (everyone, link) = await RoundAsync("users/delta?$select=id,displayName");
        Assert.Equal(DemoDirectory.Users.Count(u => u.TenantId == Contoso), everyone.Count);
        Assert.Empty((await RoundAsync(link)).Entries);

        fixture.Emulator.Directory.Delete(julien.Id);
        var (deleted, afterDelete) = await RoundAsync(link);
        using var gone = await SendAsync($"users/{julien.Id}");
        Assert.True(fixture.Emulator.Directory.Restore(julien.Id));
        var (restored, _) = await RoundAsync(afterDelete);

        var removed = Assert.Single(deleted);
        Assert.Equal(julien.Id.ToString(), removed.GetProperty("id").GetString());
        Assert.Equal("changed", removed.GetProperty("@removed").GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var back = Assert.Single(restored);
        Assert.Equal("Julien Petit", back.GetProperty("displayName").GetString());
        Assert.False(back.TryGetProperty("@removed", out _));
    }

    [Fact]
    public async Task A_permanent_deletion_is_reason_deleted_and_cannot_be_restored()
    {
        var sofia = DemoDirectory.Users.Single(u => u.IsGuest);
        var (_, link) = await RoundAsync("users/delta?$select=id");

        fixture.Emulator.Directory.Delete(sofia.Id, permanently: true);

        var entry = Assert.Single((await RoundAsync(link)).Entries);
        Assert.Equal("deleted", entry.GetProperty("@removed").GetProperty("reason").GetString());
        Assert.False(fixture.Emulator.Directory.Restore(sofia.Id));
    }

    [Fact]
    public async Task Another_tenant_s_link_or_a_filter_is_refused()
    {
        var (_, link) = await RoundAsync("users/delta?$select=id");
        using var foreign = await SendAsync(link, DemoDirectory.FabrikamTenantId);
        using var filtered = await SendAsync("users/delta?$filter=accountEnabled%20eq%20true");

        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, filtered.StatusCode);
    }

    /// <summary>Follows nextLinks to the deltaLink (Contoso needs two pages in a first round).</summary>
    private async Task<(List<JsonElement> Entries, string DeltaLink)> RoundAsync(string start)
    {
        var entries = new List<JsonElement>();
        var next = start;
        while (true)
        {
            using var response = await SendAsync(next);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {text}");
            var page = JsonDocument.Parse(text).RootElement.Clone();
            entries.AddRange(page.GetProperty("value").EnumerateArray());
            if (page.TryGetProperty("@odata.deltaLink", out var delta))
                return (entries, delta.GetString()!);
            next = page.GetProperty("@odata.nextLink").GetString()!;
        }
    }

    private async Task<HttpResponseMessage> SendAsync(string pathOrLink, Guid? tenant = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathOrLink.StartsWith("http", StringComparison.Ordinal) ? pathOrLink : "v1.0/" + pathOrLink);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenClient.AppTokenAsync(fixture.Http, tenant ?? Contoso));
        return await fixture.Http.SendAsync(request);
    }
}
