using System.ComponentModel.DataAnnotations;

namespace Mentoring.Infrastructure.Graph;

/// <summary>Configuration section "Graph": where Graph and the token endpoint are, the app's identity, and retry limits.</summary>
/// <remarks>
/// Locally (emulator) set <see cref="ClientSecret"/> and point <see cref="Authority"/> and <see cref="BaseUrl"/> at the emulator.
/// In Azure leave the secret empty: the app authenticates to each customer tenant with a federated credential whose
/// assertion is a managed identity token (see <see cref="FederatedTenantAuthentication"/>).
/// </remarks>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    /// <summary>Graph's versioned root; the emulator's is "{emulator}/v1.0".</summary>
    [Required, Url]
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>Entra ID's root: tokens come from "{Authority}{tenant}/oauth2/v2.0/token".</summary>
    [Required, Url]
    public string Authority { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>The multi-tenant app registration that holds the Calendars.ReadWrite application permission.</summary>
    [Required]
    public string ClientId { get; set; } = "";

    /// <summary>Local runs only; a secret never goes to Azure (the federated credential replaces it).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>User-assigned managed identity whose token is the federated assertion; empty = system-assigned.</summary>
    public string? ManagedIdentityClientId { get; set; }

    [Required]
    public string Scope { get; set; } = "https://graph.microsoft.com/.default";

    /// <summary>Retries of a throttled (429) or unavailable (503, 504) request; Kiota allows at most 10.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>Base of the exponential back-off when the service sends no Retry-After (which always wins).</summary>
    [Range(0, 180)]
    public int RetryDelaySeconds { get; set; } = 3;

    /// <summary>A Retry-After longer than this is not waited for in-process: the caller gets Unavailable and retries later.</summary>
    [Range(0, 180)]
    public int MaxRetryAfterSeconds { get; set; } = 60;

    /// <summary>Concurrent requests this process sends to Outlook (every mailbox together); Outlook allows 4 per app.</summary>
    [Range(1, OutlookConcurrency.DocumentedLimit)]
    public int MaxConcurrentOutlookRequests { get; set; } = OutlookConcurrency.DocumentedLimit;

    internal Uri TokenEndpoint(string tenant) => new(new Uri(Authority.TrimEnd('/') + "/"), $"{tenant}/oauth2/v2.0/token");
}
