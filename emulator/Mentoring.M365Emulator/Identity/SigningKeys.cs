using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace Mentoring.M365Emulator.Identity;

/// <summary>The RSA keys the emulator signs with, generated in memory at start so no secret lives in the repo.</summary>
internal sealed class SigningKeys : IDisposable
{
    private readonly RSA _published = RSA.Create(2048);

    // A second key that is never published, so tests can mint tokens whose signature cannot be verified.
    private readonly RSA _unknown = RSA.Create(2048);

    public SigningKeys()
    {
        Kid = Thumbprint(_published);
        Signing = new SigningCredentials(new RsaSecurityKey(_published) { KeyId = Kid }, SecurityAlgorithms.RsaSha256);
        var unknownKid = Thumbprint(_unknown);
        UnknownSigning = new SigningCredentials(
            new RsaSecurityKey(_unknown) { KeyId = unknownKid }, SecurityAlgorithms.RsaSha256);
    }

    public string Kid { get; }

    public SigningCredentials Signing { get; }

    public SigningCredentials UnknownSigning { get; }

    /// <summary>The JWKS document, in the shape Entra publishes at discovery/v2.0/keys.</summary>
    public JsonObject Jwks()
    {
        var p = _published.ExportParameters(includePrivateParameters: false);
        var key = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["x5t"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus),
            ["e"] = Base64UrlEncoder.Encode(p.Exponent),
        };
        return new JsonObject { ["keys"] = new JsonArray(key) };
    }

    public void Dispose()
    {
        _published.Dispose();
        _unknown.Dispose();
    }

    private static string Thumbprint(RSA rsa) =>
        Base64UrlEncoder.Encode(SHA256.HashData(rsa.ExportRSAPublicKey()))[..27];
}
