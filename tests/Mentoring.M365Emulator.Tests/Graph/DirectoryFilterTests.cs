using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Mentoring.M365Emulator.Tests.Graph;

/// <summary>Directory $filter on users as Graph serves it: accountEnabled by default, showInAddressList only in an advanced query.</summary>
public sealed class DirectoryFilterTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task AccountEnabled_eq_works_by_default_and_finds_the_disabled_account()
    {
        var disabled = await NamesAsync("users?$filter=accountEnabled%20eq%20false&$select=displayName", consistency: null);

        Assert.Equal(["Bastien Girard"], disabled);
    }

    [Theory]
    [InlineData("showInAddressList%20ne%20false", null, "&$count=true")]
    [InlineData("showInAddressList%20eq%20true", "eventual", "")]
    [InlineData("accountEnabled%20ne%20false", "eventual", "")]
    public async Task A_filter_only_an_advanced_query_allows_is_Graph_s_400_without_the_header_and_count(string filter, string? consistency, string count)
    {
        using var response = await SendAsync($"users?$filter={filter}{count}", consistency);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
        Assert.Equal("Request_UnsupportedQuery", error.GetProperty("code").GetString());
        Assert.Contains("is not supported because the required parameters might be missing", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Unset_showInAddressList_is_null_ne_false_keeps_everyone_but_the_hidden_and_eq_true_keeps_nobody()
    {
        var listed = await NamesAsync("users?$filter=showInAddressList%20ne%20false&$count=true&$select=displayName");
        var eqTrue = await NamesAsync("users?$filter=showInAddressList%20eq%20true&$count=true&$select=displayName");

        Assert.DoesNotContain("Margaux Roussel", listed);
        Assert.Contains("Camille Martin", listed);
        Assert.Contains("Bastien Girard", listed);
        Assert.Empty(eqTrue);
    }

    [Theory]
    [InlineData("department%20eq%20'RH'")]
    [InlineData("showInAddressList%20eq%20null")]
    [InlineData("accountEnabled%20eq%20true%20or%20userType%20eq%20'Guest'")]
    public async Task A_filter_the_emulator_does_not_serve_is_refused_not_ignored(string filter)
    {
        using var response = await SendAsync($"users?$filter={filter}&$count=true");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Unsupported or invalid query filter clause", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Count_is_given_only_with_the_header()
    {
        var counted = await JsonAsync("users?$filter=accountEnabled%20eq%20true&$count=true&$top=1", "eventual");
        var silent = await JsonAsync("users?$filter=accountEnabled%20eq%20true&$count=true&$top=1", null);

        Assert.True(counted.GetProperty("@odata.count").GetInt32() > 1);
        Assert.False(silent.TryGetProperty("@odata.count", out _));
    }

    private async Task<string[]> NamesAsync(string path, string? consistency = "eventual") =>
        [.. (await JsonAsync(path, consistency)).GetProperty("value").EnumerateArray().Select(u => u.GetProperty("displayName").GetString()!)];

    private async Task<JsonElement> JsonAsync(string path, string? consistency)
    {
        using var response = await SendAsync(path, consistency);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string? consistency = "eventual")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "v1.0/" + path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenClient.AppTokenAsync(fixture.Http, DemoDirectory.ContosoTenantId));
        if (consistency is not null)
            request.Headers.Add("ConsistencyLevel", consistency);
        return await fixture.Http.SendAsync(request);
    }
}
