using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Mentoring.M365Emulator.Tests.Graph;

/// <summary>The directory part of Graph: users with $select, mailboxSettings, and $search as an advanced query.</summary>
public sealed class UserTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static DemoUser Guest => DemoDirectory.Users.Single(u => u.IsGuest);

    [Fact]
    public async Task Search_without_ConsistencyLevel_is_Graph_s_400_Request_UnsupportedQuery()
    {
        using var response = await SendAsync(DemoDirectory.ContosoTenantId, "users?$search=%22displayName:Cam%22", consistency: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
        Assert.Equal("Request_UnsupportedQuery", error.GetProperty("code").GetString());
        Assert.Equal("Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Search_matches_name_tokens_by_prefix_or_mail_by_prefix_in_the_token_s_tenant_only()
    {
        var byName = await NamesAsync(DemoDirectory.ContosoTenantId, "%22displayName:mart%22%20OR%20%22mail:mart%22");
        var byMail = await NamesAsync(DemoDirectory.ContosoTenantId, "%22displayName:sofia.g%22%20OR%20%22mail:sofia.g%22");
        var otherTenant = await NamesAsync(DemoDirectory.FabrikamTenantId, "%22displayName:Camille%22");
        var everyone = await NamesAsync(DemoDirectory.FabrikamTenantId, "%22displayName:a%22%20OR%20%22displayName:m%22%20OR%20%22displayName:s%22");

        Assert.Equal(["Camille Martin"], byName);
        Assert.Equal(["Sofia García"], byMail);
        Assert.Empty(otherTenant);
        Assert.Equal(["Alex Johnson", "Morgan Lee", "Sam Taylor"], everyone.Order());
    }

    [Fact]
    public async Task An_escaped_quote_stays_inside_its_clause()
    {
        // "displayName:l\" OR \"displayName:C" is one clause whose text contains quotes: nobody's name has such tokens.
        var escaped = await NamesAsync(DemoDirectory.ContosoTenantId, Uri.EscapeDataString("\"displayName:l\\\" OR \\\"displayName:C\""));
        var unescaped = await NamesAsync(DemoDirectory.ContosoTenantId, Uri.EscapeDataString("\"displayName:l\" OR \"displayName:C\""));

        Assert.Empty(escaped);
        Assert.Contains("Camille Martin", unescaped);
    }

    [Theory]
    [InlineData("displayName:Cam")]
    [InlineData("%22displayName:Cam")]
    [InlineData("%22nickname:Cam%22")]
    public async Task Malformed_search_is_400(string search)
    {
        using var response = await SendAsync(DemoDirectory.ContosoTenantId, "users?$search=" + search);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Top_limits_the_page_and_is_refused_outside_1_to_999()
    {
        var page = await JsonAsync(DemoDirectory.ContosoTenantId, "users?$top=2");
        using var tooMany = await SendAsync(DemoDirectory.ContosoTenantId, "users?$top=1000");

        Assert.Equal(2, page.GetProperty("value").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("Must be between 1 and 999 inclusive.", await tooMany.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Select_returns_exactly_the_named_properties_and_the_default_set_has_no_userType()
    {
        var selected = await JsonAsync(DemoDirectory.ContosoTenantId, $"users/{Guest.Id}?$select=id,userType,mail");
        var plain = await JsonAsync(DemoDirectory.ContosoTenantId, $"users/{Guest.Id}");

        Assert.Equal(["@odata.context", "id", "userType", "mail"], selected.EnumerateObject().Select(p => p.Name));
        Assert.EndsWith("/v1.0/$metadata#users(id,userType,mail)/$entity", selected.GetProperty("@odata.context").GetString());
        Assert.Equal("Guest", selected.GetProperty("userType").GetString());
        Assert.Equal("sofia.garcia@outlook.example", selected.GetProperty("mail").GetString());
        Assert.False(plain.TryGetProperty("userType", out _));
        Assert.Contains("#EXT#@contoso.example", plain.GetProperty("userPrincipalName").GetString());
        Assert.EndsWith("/v1.0/$metadata#users/$entity", plain.GetProperty("@odata.context").GetString());
    }

    [Fact]
    public async Task Selecting_a_property_users_do_not_have_is_400()
    {
        using var response = await SendAsync(DemoDirectory.ContosoTenantId, $"users/{Guest.Id}?$select=id,shoeSize");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("shoeSize", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_guest_has_no_mailbox_settings_and_a_member_has_a_Windows_zone_and_working_hours()
    {
        var ines = DemoDirectory.Find("ines.moreau@contoso.example")!;
        using var guest = await SendAsync(DemoDirectory.ContosoTenantId, $"users/{Guest.Id}/mailboxSettings");
        var settings = await JsonAsync(DemoDirectory.ContosoTenantId, $"users/{ines.Id}/mailboxSettings?$select=timeZone,workingHours");

        Assert.Equal(HttpStatusCode.NotFound, guest.StatusCode);
        Assert.Contains("MailboxNotEnabledForRESTAPI", await guest.Content.ReadAsStringAsync());
        Assert.Equal("Romance Standard Time", settings.GetProperty("timeZone").GetString());
        Assert.Equal("08:30:00.0000000", settings.GetProperty("workingHours").GetProperty("startTime").GetString());
        Assert.False(settings.TryGetProperty("language", out _));
    }

    private async Task<string[]> NamesAsync(Guid tenant, string search)
    {
        var page = await JsonAsync(tenant, $"users?$search={search}&$select=displayName");
        Assert.EndsWith("/v1.0/$metadata#users(displayName)", page.GetProperty("@odata.context").GetString());
        return [.. page.GetProperty("value").EnumerateArray().Select(u => u.GetProperty("displayName").GetString()!)];
    }

    private async Task<JsonElement> JsonAsync(Guid tenant, string path)
    {
        using var response = await SendAsync(tenant, path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<HttpResponseMessage> SendAsync(Guid tenant, string path, string? consistency = "eventual")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "v1.0/" + path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenClient.AppTokenAsync(fixture.Http, tenant));
        if (consistency is not null)
            request.Headers.Add("ConsistencyLevel", consistency);
        return await fixture.Http.SendAsync(request);
    }
}
