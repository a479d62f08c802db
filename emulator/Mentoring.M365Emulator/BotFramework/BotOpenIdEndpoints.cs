using System.Text.Json.Nodes;

namespace Mentoring.M365Emulator.BotFramework;

/// <summary>
/// The Bot Framework's OpenID metadata and keys, as https://login.botframework.com/v1/.well-known/openidconfiguration
/// publishes them: the documents a bot reads to check the tokens channels send it.
/// </summary>
internal static class BotOpenIdEndpoints
{
    public const string MetadataPath = "/botframework/v1/.well-known/openidconfiguration";

    private const string KeysPath = "/botframework/v1/.well-known/keys";

    public static void MapBotOpenId(this IEndpointRouteBuilder app, Func<Uri> baseUri, BotSigningKeys keys)
    {
        app.MapGet(MetadataPath, () => Results.Json(Metadata(baseUri())));
        app.MapGet(KeysPath, () => Results.Json(keys.Jwks()));
    }

    private static JsonObject Metadata(Uri baseUri)
    {
        var root = baseUri.ToString().TrimEnd('/');
        return new JsonObject
        {
            ["issuer"] = ChannelTokenIssuer.Issuer,
            ["authorization_endpoint"] = "https://invalid.botframework.com",
            ["jwks_uri"] = root + KeysPath,
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        };
    }
}
