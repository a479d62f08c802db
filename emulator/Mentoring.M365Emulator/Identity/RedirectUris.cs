using System.Collections.Concurrent;

namespace Mentoring.M365Emulator.Identity;

/// <summary>The redirect URIs each app registration lists (its <c>web.redirectUris</c>): where the authorize endpoint may send a browser back.</summary>
/// <remarks>
/// Entra answers AADSTS50011 when "the redirect URI specified in the request does not match the redirect URIs configured for the
/// application" (learn.microsoft.com/troubleshoot/entra/entra-id/app-integration/error-code-aadsts50011-redirect-uri-mismatch);
/// the match is on the whole URI, so the emulator compares whole URIs (scheme, host, port, path) and lists none by default: the
/// host that serves the tab registers its own auth-end page, as the app registration's Bicep does for a deployment.
/// </remarks>
public sealed class RedirectUris
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, bool>> byClient = new(StringComparer.OrdinalIgnoreCase);

    public void Register(string clientId, Uri redirectUri)
    {
        ArgumentNullException.ThrowIfNull(redirectUri);
        byClient.GetOrAdd(clientId, _ => new(StringComparer.Ordinal))[redirectUri.AbsoluteUri] = true;
    }

    public bool IsRegistered(string clientId, Uri redirectUri) =>
        byClient.TryGetValue(clientId, out var uris) && uris.ContainsKey(redirectUri.AbsoluteUri);
}
