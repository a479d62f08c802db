using Microsoft.Kiota.Abstractions.Authentication;

namespace Mentoring.M365Emulator.Tests.Graph;

/// <summary>Hands the Graph SDK a token already fetched from the emulator.</summary>
internal sealed class StaticTokenProvider(string token) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new();

    public Task<string> GetAuthorizationTokenAsync(
        Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(token);
}
