using System.Text.Json.Nodes;

namespace Mentoring.M365Emulator.Identity;

/// <summary>OpenID Connect discovery and signing keys, as Entra publishes them for its v2 and v1 endpoints.</summary>
/// <remarks>
/// The v1 document (login.microsoftonline.com/{tenant}/.well-known/openid-configuration) names the v1 issuer
/// https://sts.windows.net/{tid}/ and jwks_uri …/common/discovery/keys; both documents publish the same keys, as Entra does
/// (learn.microsoft.com/entra/identity-platform/access-tokens, "Validate the signature").
/// </remarks>
internal static class OpenIdEndpoints
{
    public static void MapOpenId(this IEndpointRouteBuilder app, Func<Uri> baseUri, SigningKeys keys)
    {
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) =>
            Issuer(baseUri(), tenant) is { } issuer
                ? Results.Json(Metadata(baseUri(), tenant, issuer))
                : OAuthErrors.Result("invalid_tenant", $"Tenant '{tenant}' not found."));

        app.MapGet("/{tenant}/discovery/v2.0/keys", () => Results.Json(keys.Jwks()));

        app.MapGet("/{tenant}/.well-known/openid-configuration", (string tenant) =>
            DemoDirectory.ResolveTenant(tenant) is { } id
                ? Results.Json(V1Metadata(baseUri(), TokenIssuer.V1IssuerFor(id)))
                : OAuthErrors.Result("invalid_tenant", $"Tenant '{tenant}' not found."));
        app.MapGet("/{tenant}/discovery/keys", () => Results.Json(keys.Jwks()));
    }

    // Like Entra: multi-tenant authorities publish the issuer as a template with the literal
    // text {tenantid}, which validators (Microsoft.Identity.Web) replace by the token's tid.
    private static string? Issuer(Uri baseUri, string tenant)
    {
        if (IsMultiTenant(tenant))
            return $"{baseUri}{{tenantid}}/v2.0";
        return DemoDirectory.ResolveTenant(tenant) is { } id ? $"{baseUri}{id}/v2.0" : null;
    }

    public static bool IsMultiTenant(string tenant) =>
        tenant is "organizations" or "common";

    private static JsonObject Metadata(Uri baseUri, string tenant, string issuer)
    {
        var root = $"{baseUri}{tenant}";
        return new JsonObject
        {
            ["token_endpoint"] = $"{root}/oauth2/v2.0/token",
            ["token_endpoint_auth_methods_supported"] = Array("client_secret_post", "private_key_jwt", "client_secret_basic"),
            ["jwks_uri"] = $"{root}/discovery/v2.0/keys",
            ["response_modes_supported"] = Array("query", "fragment", "form_post"),
            ["subject_types_supported"] = Array("pairwise"),
            ["id_token_signing_alg_values_supported"] = Array("RS256"),
            ["response_types_supported"] = Array("code", "id_token", "code id_token", "id_token token"),
            ["scopes_supported"] = Array("openid", "profile", "email", "offline_access"),
            ["issuer"] = issuer,
            ["request_uri_parameter_supported"] = false,
            ["userinfo_endpoint"] = $"{baseUri}oidc/userinfo",
            ["authorization_endpoint"] = $"{root}/oauth2/v2.0/authorize",
            ["device_authorization_endpoint"] = $"{root}/oauth2/v2.0/devicecode",
            ["http_logout_supported"] = true,
            ["frontchannel_logout_supported"] = true,
            ["end_session_endpoint"] = $"{root}/oauth2/v2.0/logout",
            ["claims_supported"] = Array(
                "sub", "iss", "aud", "exp", "iat", "auth_time", "acr", "nonce", "preferred_username", "name", "tid", "ver", "email"),
            ["tenant_region_scope"] = "EU",
            ["cloud_instance_name"] = "microsoftonline.com",
            ["cloud_graph_host_name"] = "graph.windows.net",
            ["msgraph_host"] = "graph.microsoft.com",
        };
    }

    private static JsonObject V1Metadata(Uri baseUri, string issuer) => new()
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = $"{baseUri}common/discovery/keys",
        ["token_endpoint"] = $"{baseUri}common/oauth2/token",
        ["id_token_signing_alg_values_supported"] = Array("RS256"),
    };

    private static JsonArray Array(params string[] values) =>
        new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
}
