using System.Text.Json.Nodes;
using Mentoring.M365Emulator;

namespace Mentoring.LocalHost;

/// <summary>
/// The app manifest (addin-manifest/manifest.json) with its placeholders set for this local host, as
/// addin-manifest/package.mjs sets them by default; installed in the emulator's Teams client like a sideloaded app.
/// </summary>
internal static class LocalAppManifest
{
    public static JsonObject Build(string repositoryRoot, Uri baseUri)
    {
        var text = File.ReadAllText(Path.Combine(repositoryRoot, "addin-manifest", "manifest.json"));
        var domain = baseUri.Authority;

        // Teams requires https; the local host is http, which only the emulator's Teams client accepts (on localhost).
        text = text.Replace("https://{{APP_DOMAIN}}", baseUri.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal)
            .Replace("{{APP_DOMAIN}}", domain, StringComparison.Ordinal)
            .Replace("{{AAD_CLIENT_ID}}", DemoDirectory.ApiClientId, StringComparison.Ordinal)
            // The bot the emulator's Bot Connector knows and signs channel tokens for, so the app Graph installs carries it.
            .Replace("{{BOT_ID}}", M365Emulator.BotFramework.DemoBot.AppId, StringComparison.Ordinal)
            .Replace("{{APP_ID}}", M365Emulator.BotFramework.DemoBot.TeamsAppId, StringComparison.Ordinal);
        var manifest = JsonNode.Parse(text)!.AsObject();

        // The demo app registration's Application ID URI, which Teams names when it asks Entra ID for the tab's token (the token's
        // aud is then the client id). It is what the placeholders give on the default address (localhost:7071); a host on
        // another port (the tests') still asks for the registered one.
        manifest["webApplicationInfo"]!["resource"] = DemoDirectory.ApiIdentifierUri;
        return manifest;
    }

    /// <summary>The package's language files (<c>localizationInfo.additionalLanguages</c>), by language tag.</summary>
    public static Dictionary<string, JsonObject> Languages(string repositoryRoot, JsonObject manifest)
    {
        var languages = new Dictionary<string, JsonObject>(StringComparer.OrdinalIgnoreCase);
        foreach (var language in manifest["localizationInfo"]?["additionalLanguages"] as JsonArray ?? [])
        {
            var (tag, file) = (language?["languageTag"]?.ToString(), language?["file"]?.ToString());
            if (tag is not null && file is not null)
                languages[tag] = JsonNode.Parse(File.ReadAllText(Path.Combine(repositoryRoot, "addin-manifest", file)))!.AsObject();
        }

        return languages;
    }
}
