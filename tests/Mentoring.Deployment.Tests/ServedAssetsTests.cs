using System.Text.RegularExpressions;

namespace Mentoring.Deployment.Tests;

/// <summary>
/// What the manifest and the app registration point at on the app's domain exists there: the Outlook ribbon's icons are files of
/// the web build (served under /tab/ by the Static Web App and the local host), and Teams' consent window may come back to
/// /tab/auth-end because the registration lists it.
/// </summary>
public sealed partial class ServedAssetsTests
{
    private const string DomainRoot = "https://{{APP_DOMAIN}}/tab/";

    [Fact]
    public void Every_icon_url_the_manifest_names_is_a_png_of_its_size_in_the_web_build()
    {
        var manifest = File.ReadAllText(Repo.PathOf("addin-manifest", "manifest.json"));
        var icons = IconUrl().Matches(manifest).Select(m => (Size: int.Parse(m.Groups["size"].Value, System.Globalization.CultureInfo.InvariantCulture), Url: m.Groups["url"].Value)).ToArray();

        Assert.NotEmpty(icons);
        foreach (var (size, url) in icons)
        {
            // vite copies web/public/ to dist/, which the static site serves under /tab/ (web/scripts/write-config.mjs).
            Assert.StartsWith(DomainRoot, url, StringComparison.Ordinal);
            var file = Repo.PathOf(["web", "public", .. url[DomainRoot.Length..].Split('/')]);
            Assert.True(File.Exists(file), $"{url} is served by nothing: {file} does not exist");
            Assert.Equal((size, size), PngSize(File.ReadAllBytes(file)));
        }
    }

    [Fact]
    public void The_consent_windows_return_page_is_a_web_redirect_of_the_registration_on_the_pass_that_knows_the_domain()
    {
        var text = File.ReadAllText(Repo.PathOf("infra-bicep", "entra", "app-registration.bicep"));

        // web/src/host/consentPages.ts sends redirect_uri = new URL("auth-end", document.baseURI): https://<domain>/tab/auth-end.
        Assert.Contains("'https://${appDomain}/tab/auth-end'", text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split("  web: webSettings").Length - 1);
        Assert.Contains("new URL(\"auth-end\", document.baseURI)", File.ReadAllText(Repo.PathOf("web", "src", "host", "consentPages.ts")), StringComparison.Ordinal);
    }

    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.Equal([0x89, 0x50, 0x4e, 0x47], png[..4]);
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    [GeneratedRegex("\"size\":\\s*(?<size>\\d+),\\s*\"url\":\\s*\"(?<url>[^\"]+)\"")]
    private static partial Regex IconUrl();
}
