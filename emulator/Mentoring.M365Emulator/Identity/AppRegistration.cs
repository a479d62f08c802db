namespace Mentoring.M365Emulator.Identity;

/// <summary>An application as Entra ID knows it in the demo tenants: as a client, as a resource (an API), or both.</summary>
/// <param name="ClientId">The application (client) id: <c>aud</c> of its v2 tokens, <c>azp</c>/<c>appid</c> of the tokens it obtains.</param>
/// <param name="DisplayName">The name AADSTS messages quote.</param>
/// <remarks>
/// <see cref="AccessTokenVersion"/> is the resource's <c>api.requestedAccessTokenVersion</c> (<c>accessTokenAcceptedVersion</c>):
/// Entra issues the token shape the resource asks for, whatever endpoint the client used; unset (null in the manifest) means v1,
/// as for Microsoft Graph (learn.microsoft.com/entra/identity-platform/access-tokens, "Token formats";
/// learn.microsoft.com/entra/identity-platform/reference-microsoft-graph-app-manifest, requestedAccessTokenVersion).
/// </remarks>
internal sealed record AppRegistration(string ClientId, string DisplayName)
{
    /// <summary>The App ID URIs (identifierUris) a client may name the resource by in a scope.</summary>
    public IReadOnlyList<string> IdentifierUris { get; init; } = [];

    /// <summary>1 or 2: the shape of the access tokens issued for this resource.</summary>
    public int AccessTokenVersion { get; init; } = 1;

    /// <summary>The delegated scopes the API exposes; null for a resource whose scopes the emulator does not enumerate (Graph).</summary>
    public IReadOnlyList<string>? Scopes { get; init; }

    /// <summary>Clients that get the API's scopes without anyone consenting (api.preAuthorizedApplications).</summary>
    public IReadOnlyList<string> PreAuthorizedClients { get; init; } = [];

    /// <summary>
    /// A public client (Teams, Outlook: apps on people's devices) holds no secret; a confidential one (a web API, a bot) must
    /// authenticate with a secret or an assertion on every token request.
    /// </summary>
    public bool IsPublicClient { get; init; }

    /// <summary>Microsoft's own apps, consented to Microsoft Graph in every tenant for what they show (calendars, chats).</summary>
    public bool IsMicrosoftFirstParty { get; init; }

    public bool IsNamedBy(string resource) =>
        string.Equals(resource, ClientId, StringComparison.OrdinalIgnoreCase)
        || IdentifierUris.Any(u => string.Equals(u, resource, StringComparison.Ordinal));
}
