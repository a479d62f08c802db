namespace Mentoring.M365Emulator.Identity;

/// <summary>
/// ROPC for a demo user, refused as Entra refuses it: an unknown client or resource, a scope the API does not expose, a
/// confidential client without its secret, and a client the tenant never consented to (AADSTS65001, consent_required).
/// </summary>
internal sealed class PasswordGrant(TokenIssuer issuer, TenantConsents consents)
{
    private static readonly HashSet<string> OidcScopes = ["openid", "profile", "offline_access", "email"];

    public IResult Issue(string tenant, IFormCollection form)
    {
        var clientId = form["client_id"].ToString();
        var username = form["username"].ToString();
        if (clientId.Length == 0 || username.Length == 0 || form["password"].ToString().Length == 0)
            return OAuthErrors.Result("invalid_request", "client_id, username and password are required.");
        if (!TryResource(form["scope"].ToString(), out var resourceName, out var scope))
            return OAuthErrors.Result("invalid_scope", "The scope must name a resource, e.g. api://x/access_as_user.");
        var user = DemoDirectory.Find(username);
        if (user is null || Guid.TryParse(username, out _))
            return OAuthErrors.Result("invalid_grant", $"User account '{username}' does not exist.");
        if (!OpenIdEndpoints.IsMultiTenant(tenant) && DemoDirectory.ResolveTenant(tenant) != user.TenantId)
            return OAuthErrors.Result("invalid_grant", $"User account '{username}' does not exist in tenant '{tenant}'.");
        if (AppDirectory.Client(clientId) is not { } client)
            return OAuthErrors.Aadsts("unauthorized_client", 700016, $"Application with identifier '{clientId}' was not found in the directory '{tenant}'.");
        if (!client.IsPublicClient && TokenEndpoint.ClientAuthentication(form) == 0)
            return TokenEndpoint.CredentialsRequired(clientCredentialsGrant: false);
        if (AppDirectory.Resource(resourceName) is not { } resource)
            return OAuthErrors.Aadsts("invalid_resource", 500011, $"The resource principal named {resourceName} was not found in the tenant named {tenant}.");
        if (resource.Scopes is { } exposed && !exposed.Contains(scope, StringComparer.Ordinal))
            return OAuthErrors.Aadsts("invalid_scope", 70011, $"The provided value for the input parameter 'scope' is not valid. The scope {resourceName}/{scope} is not valid.");
        if (!HasConsent(user.TenantId, client, resource))
            return ConsentRequired(client, resource);

        var accessToken = issuer.Create(new TokenRequest(user.TenantId, Audience(resource, resourceName))
        {
            User = user,
            Scope = scope,
            ClientId = clientId,
            ClientAuthentication = TokenEndpoint.ClientAuthentication(form),
            Version = resource.AccessTokenVersion,

            // App roles assigned to the user reach the tokens for the app's own API, as in Entra; Graph gets delegated scopes only.
            Roles = resource == AppDirectory.Api && user.AppRoles.Count > 0 ? user.AppRoles : null,
        });

        // "id_token: returned if the scope parameter includes openid" (learn: entra/identity-platform/v2-oauth-ropc): a v2 ID
        // token for the client itself (aud = client id), which MSAL reads the account from (a nested app's broker included).
        var asksOpenId = form["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("openid", StringComparer.Ordinal);
        var idToken = asksOpenId ? issuer.Create(new TokenRequest(user.TenantId, clientId) { User = user, ClientId = clientId, Version = 2 }) : null;
        return TokenEndpoint.Issued(accessToken, idToken);
    }

    /// <summary>v2: the resource's client id, whatever name the client used; v1: the name the client asked for.</summary>
    public static string Audience(AppRegistration resource, string asked) =>
        resource.AccessTokenVersion == 2 ? resource.ClientId : asked;

    // A grant by the tenant, a pre-authorization by the API, or Microsoft's consent for its own apps to Graph.
    private bool HasConsent(Guid tenantId, AppRegistration client, AppRegistration resource) =>
        consents.IsGranted(tenantId, client.ClientId, resource.ClientId)
        || resource.PreAuthorizedClients.Contains(client.ClientId, StringComparer.OrdinalIgnoreCase)
        || (client.IsMicrosoftFirstParty && resource == AppDirectory.Graph);

    private static IResult ConsentRequired(AppRegistration client, AppRegistration resource) =>
        OAuthErrors.Aadsts("invalid_grant", 65001,
            $"The user or administrator has not consented to use the application with ID '{client.ClientId}' named '{client.DisplayName}'. "
            + $"Send an interactive authorization request for this user and resource ({resource.DisplayName}).",
            suberror: "consent_required");

    // "api://localhost:7071/<client id>/access_as_user openid" -> resource "api://localhost:7071/<client id>", scp "access_as_user".
    private static bool TryResource(string scopes, out string resource, out string scope)
    {
        var first = scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(s => !OidcScopes.Contains(s));
        var slash = first?.LastIndexOf('/') ?? -1;
        resource = slash > 0 ? first![..slash] : "";
        scope = slash > 0 ? first![(slash + 1)..] : "";
        if (scope == ".default")
            scope = "access_as_user";
        return slash > 0;
    }
}
