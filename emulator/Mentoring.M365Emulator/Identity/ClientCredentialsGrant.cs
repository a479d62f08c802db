namespace Mentoring.M365Emulator.Identity;

/// <summary>
/// App-only tokens (client credentials), only for a client that authenticated: client credentials exist for confidential
/// clients alone, so a request with neither a secret nor an assertion is refused (AADSTS7000216), whoever asks. A token for the
/// Bot Connector goes only to a registered bot; an unknown or public client gets none (<see cref="RefusedClient"/>). The token takes the shape its resource's registration asks for (v1 for Graph
/// and the Bot Framework).
/// </summary>
/// <remarks>learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow ("First case: Access token request
/// with a shared secret", "Second case: … with a certificate"); the roles are those an admin consented to, as of now.</remarks>
internal sealed class ClientCredentialsGrant(TokenIssuer issuer, EmulatorPermissions permissions, Func<string, bool> isBot)
{
    private const string JwtBearerAssertion = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    public IResult Issue(string tenant, IFormCollection form)
    {
        if (DemoDirectory.ResolveTenant(tenant) is not { } tenantId)
            return OAuthErrors.Result("invalid_request", "Client credentials need a tenant id or domain, not '" + tenant + "'.");
        var clientId = form["client_id"].ToString();
        if (clientId.Length == 0)
            return OAuthErrors.Result("invalid_request", "The request body must contain the parameter 'client_id'.");
        var scope = form["scope"].ToString();
        if (!scope.EndsWith("/.default", StringComparison.Ordinal))
            return OAuthErrors.Result("invalid_scope", "Client credentials need a '<resource>/.default' scope.");
        var resourceName = scope[..^"/.default".Length];
        if (resourceName == AppDirectory.BotFrameworkResource && !isBot(clientId))
            return OAuthErrors.Aadsts("unauthorized_client", 700016, $"Application with identifier '{clientId}' was not found in the directory '{tenant}'.");
        if (RefusedClient(tenant, clientId) is { } refused)
            return refused;
        if (TokenEndpoint.ClientAuthentication(form) == 0)
            return TokenEndpoint.CredentialsRequired(clientCredentialsGrant: true);
        if (form["client_assertion"].ToString().Length > 0 && form["client_assertion_type"].ToString() != JwtBearerAssertion)
            return OAuthErrors.Aadsts("invalid_request", 90002, $"The 'client_assertion_type' must be '{JwtBearerAssertion}'.");
        if (AppDirectory.Resource(resourceName) is not { } resource)
            return OAuthErrors.Aadsts("invalid_resource", 500011, $"The resource principal named {resourceName} was not found in the tenant named {tenant}.");

        return TokenEndpoint.Issued(issuer.Create(new TokenRequest(tenantId, PasswordGrant.Audience(resource, resourceName))
        {
            // The roles the admin consented to, as of now: a later change reaches only tokens issued after it.
            Roles = resource == AppDirectory.Graph ? permissions.GraphRolesOf(clientId) : null,
            ClientId = clientId,
            ClientAuthentication = TokenEndpoint.ClientAuthentication(form),
            Version = resource.AccessTokenVersion,
        }));
    }

    /// <summary>
    /// Only a confidential client the tenant knows gets an app-only token: the product's API, a registered bot, or an app an admin
    /// consented Graph application permissions to (a test's other app). Any other id is unknown to the directory (AADSTS700016),
    /// and a public client (Teams, Outlook) holds no credential to present (AADSTS700025), secret or not.
    /// </summary>
    /// <remarks>Error codes: learn.microsoft.com/entra/identity-platform/reference-error-codes (AADSTS700016 UnauthorizedClient_DoesNotMatchRequest,
    /// AADSTS700025 InvalidClientPublicClientWithCredential). Stricter than Entra in one way: any secret is accepted for a known app.</remarks>
    private IResult? RefusedClient(string tenant, string clientId)
    {
        var registration = AppDirectory.Client(clientId);
        if (registration is { IsPublicClient: true })
        {
            return OAuthErrors.Aadsts(
                "invalid_client", 700025, "Client is public so neither 'client_assertion' nor 'client_secret' should be presented.", StatusCodes.Status401Unauthorized);
        }

        if (registration is null && !isBot(clientId) && !permissions.ChangedGraphRoles.ContainsKey(clientId))
            return OAuthErrors.Aadsts("unauthorized_client", 700016, $"Application with identifier '{clientId}' was not found in the directory '{tenant}'.");
        return null;
    }
}
