using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Mentoring.M365Emulator.Tests.Graph;

/// <summary>Raw HTTP access to the emulator's Graph surface with an app token, to check the JSON itself.</summary>
/// <param name="clientId">The app the token is issued to; its roles come from the emulator's permissions at that moment.</param>
internal sealed class GraphClient(HttpClient http, string clientId = DemoDirectory.ApiClientId, Guid? tenant = null)
{
    private string? _token;

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? json = null, string? preferZone = null, string? ifMatch = null)
    {
        _token ??= await TokenClient.AppTokenAsync(http, tenant ?? DemoDirectory.ContosoTenantId, clientId);
        using var request = new HttpRequestMessage(method, "v1.0/" + path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        if (preferZone is not null)
            request.Headers.Add("Prefer", $"outlook.timezone=\"{preferZone}\"");
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (json is not null)
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return await http.SendAsync(request);
    }

    public async Task<JsonElement> JsonAsync(HttpMethod method, string path, string? json = null, string? preferZone = null)
    {
        using var response = await SendAsync(method, path, json, preferZone);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
