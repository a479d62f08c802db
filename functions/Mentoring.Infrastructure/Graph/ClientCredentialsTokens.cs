using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Mentoring.Core.Common;
using Microsoft.Extensions.Options;

namespace Mentoring.Infrastructure.Graph;

/// <summary>Client-credentials app tokens per tenant over plain HTTP, cached until five minutes before they expire.</summary>
/// <remarks>
/// Exists because MSAL and Azure.Identity refuse an http:// authority, and the local emulator is one. Only used when
/// <see cref="GraphOptions.ClientSecret"/> is set; Azure uses <see cref="FederatedTenantAuthentication"/>.
/// </remarks>
internal sealed class ClientCredentialsTokens(HttpClient http, IOptions<GraphOptions> options, TimeProvider time)
{
    public const string HttpClientName = "Mentoring.Graph.Token";

    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<TenantId, Lazy<Task<(string Token, DateTimeOffset RenewAt)>>> cache = new();

    public async Task<string> GetAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var entry = cache.GetOrAdd(tenant, t => new(() => RequestAsync(t, cancellationToken)));
        try
        {
            var (token, renewAt) = await entry.Value.ConfigureAwait(false);
            if (time.GetUtcNow() < renewAt)
            {
                return token;
            }
        }
        catch
        {
            // A failed request must not stay cached: the next call asks again.
            cache.TryRemove(KeyValuePair.Create(tenant, entry));
            throw;
        }

        // Expired: swap in a fresh request unless a concurrent caller already did.
        var fresh = new Lazy<Task<(string, DateTimeOffset)>>(() => RequestAsync(tenant, cancellationToken));
        var current = cache.AddOrUpdate(tenant, fresh, (_, old) => ReferenceEquals(old, entry) ? fresh : old);
        return (await current.Value.ConfigureAwait(false)).Token;
    }

    private async Task<(string Token, DateTimeOffset RenewAt)> RequestAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var o = options.Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = o.ClientId,
            ["client_secret"] = o.ClientSecret ?? "",
            ["scope"] = o.Scope,
        });
        var requested = time.GetUtcNow();
        using var response = await http.PostAsync(o.TokenEndpoint(tenant.ToString()), form, cancellationToken).ConfigureAwait(false);
        if ((int)response.StatusCode >= 500)
        {
            // Entra being down is an outage (mapped to Unavailable), not a configuration bug.
            throw new HttpRequestException($"Token endpoint answered {(int)response.StatusCode}.", null, response.StatusCode);
        }

        if (!response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new InvalidOperationException($"Graph app token refused for tenant {tenant}: {(int)response.StatusCode} {text}");
        }

        var body = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The token endpoint returned an empty body.");
        return (body.AccessToken, requested + TimeSpan.FromSeconds(body.ExpiresIn) - Margin);
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
