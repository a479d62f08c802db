using Mentoring.Core.Common;
using Microsoft.Kiota.Abstractions.Authentication;

namespace Mentoring.Infrastructure.Graph;

/// <summary>Kiota's token hook for one tenant, over the shared client-credentials cache.</summary>
internal sealed class TenantAccessTokenProvider(ClientCredentialsTokens tokens, TenantId tenant) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new();

    public Task<string> GetAuthorizationTokenAsync(
        Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        tokens.GetAsync(tenant, cancellationToken);
}
