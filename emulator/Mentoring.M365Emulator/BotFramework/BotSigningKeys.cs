using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace Mentoring.M365Emulator.BotFramework;

/// <summary>
/// The keys the emulated Bot Connector signs channel tokens with, generated in memory at start (no secret in the repo).
/// Like the real JWKS at login.botframework.com, every published key carries the channels it is endorsed for.
/// </summary>
internal sealed class BotSigningKeys : IDisposable
{
    /// <summary>What the Teams key is endorsed for; a bot must find its activity's channel id ("msteams") among them.</summary>
    public static readonly string[] TeamsEndorsements = ["msteams", "skype"];

    /// <summary>A published key endorsed for another channel only, so tests can present a validly signed non-Teams token.</summary>
    public static readonly string[] OtherEndorsements = ["webchat", "directline"];

    private readonly RSA _teams = RSA.Create(2048);
    private readonly RSA _other = RSA.Create(2048);

    // Never published: its signatures cannot be checked by anyone reading the JWKS.
    private readonly RSA _unknown = RSA.Create(2048);

    public BotSigningKeys()
    {
        Teams = Credentials(_teams);
        Other = Credentials(_other);
        Unknown = Credentials(_unknown);
    }

    public SigningCredentials Teams { get; }

    public SigningCredentials Other { get; }

    public SigningCredentials Unknown { get; }

    /// <summary>The JWKS, in the shape of https://login.botframework.com/v1/.well-known/keys.</summary>
    public JsonObject Jwks() => new()
    {
        ["keys"] = new JsonArray(Key(_teams, Teams, TeamsEndorsements), Key(_other, Other, OtherEndorsements)),
    };

    public void Dispose()
    {
        _teams.Dispose();
        _other.Dispose();
        _unknown.Dispose();
    }

    private static JsonObject Key(RSA rsa, SigningCredentials credentials, string[] endorsements)
    {
        var p = rsa.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = credentials.Key.KeyId,
            ["x5t"] = credentials.Key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus),
            ["e"] = Base64UrlEncoder.Encode(p.Exponent),
            ["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode?)JsonValue.Create(e)).ToArray()),
        };
    }

    private static SigningCredentials Credentials(RSA rsa)
    {
        var kid = Base64UrlEncoder.Encode(SHA256.HashData(rsa.ExportRSAPublicKey()))[..27];
        return new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = kid }, SecurityAlgorithms.RsaSha256);
    }
}
