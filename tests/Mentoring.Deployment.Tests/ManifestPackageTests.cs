using System.IO.Compression;
using System.Text.Json.Nodes;

namespace Mentoring.Deployment.Tests;

/// <summary>
/// Runs the packaging step (addin-manifest/package.mjs: substitution, offline schema validation with
/// @microsoft/app-manifest, zip) as a developer or CI would. Tests of this class run one at a time
/// because they share addin-manifest/build/.
/// </summary>
public sealed class ManifestPackageTests
{
    private static readonly string ManifestDir = Repo.PathOf("addin-manifest");
    private static readonly string BuildDir = Repo.PathOf("addin-manifest", "build");

    [Fact]
    public async Task Package_with_local_defaults_validates_and_zips_manifest_icons_and_localization()
    {
        var result = await PackageAsync([]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("0 error(s)", result.StandardOutput, StringComparison.Ordinal);

        using var zip = ZipFile.OpenRead(Path.Combine(BuildDir, "appPackage.zip"));
        var names = zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["color.png", "en.json", "manifest.json", "outline.png"], names);

        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        var manifest = JsonNode.Parse(await reader.ReadToEndAsync())!;
        Assert.Equal("7d1c8d0e-5b7a-4f3e-9a55-2f0c6b0f4e11", (string?)manifest["webApplicationInfo"]!["id"]);
        Assert.Equal("api://localhost:7071/7d1c8d0e-5b7a-4f3e-9a55-2f0c6b0f4e11", (string?)manifest["webApplicationInfo"]!["resource"]);

        // Teams asks Entra ID for a token to webApplicationInfo.resource; the registration asks for v2 tokens, so their aud is
        // webApplicationInfo.id, the client id the API run locally validates (and no App ID URI audience is configured).
        var local = JsonNode.Parse(await File.ReadAllTextAsync(Repo.PathOf("functions", "Mentoring.Functions", "local.settings.json")))!;
        Assert.Equal((string?)manifest["webApplicationInfo"]!["id"], (string?)local["Values"]!["AzureAd__ClientId"]);
        Assert.Null(local["Values"]!["AzureAd__Audience"]);
        Assert.Equal("https://localhost:7071/tab/personal", (string?)manifest["staticTabs"]![0]!["contentUrl"]);
    }

    [Fact]
    public async Task Package_substitutes_values_from_arguments_and_environment()
    {
        var result = await PackageAsync(
            ["--app-domain=mentoring.contoso.example", "--bot-id=11111111-2222-4333-8444-555555555555"],
            new Dictionary<string, string> { ["AAD_CLIENT_ID"] = "99999999-8888-4777-8666-555555555555" });

        Assert.True(result.ExitCode == 0, result.ToString());
        var text = await File.ReadAllTextAsync(Path.Combine(BuildDir, "manifest.json"));
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        var manifest = JsonNode.Parse(text)!;
        Assert.Equal("api://mentoring.contoso.example/99999999-8888-4777-8666-555555555555", (string?)manifest["webApplicationInfo"]!["resource"]);
        Assert.Equal("11111111-2222-4333-8444-555555555555", (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal("https://mentoring.contoso.example/tab/taskpane", (string?)manifest["extensions"]![0]!["runtimes"]![0]!["code"]!["page"]);
        Assert.Contains("mentoring.contoso.example", manifest["validDomains"]!.AsArray().Select(d => (string?)d));
    }

    [Fact]
    public async Task Package_rejects_an_invalid_manifest()
    {
        var result = await PackageAsync(["--bot-id=not-a-guid"]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("/bots/0/botId", result.StandardError, StringComparison.Ordinal);
    }

    private static async Task<ProcessResult> PackageAsync(string[] arguments, Dictionary<string, string>? environment = null)
    {
        var validator = Repo.PathOf("node_modules", "@microsoft", "app-manifest", "package.json");
        Assert.True(File.Exists(validator) && File.Exists(Repo.PathOf("node_modules", "fs-extra", "package.json")),
            $"node_modules is missing @microsoft/app-manifest or fs-extra: run `npm ci` at the repository root ({Repo.Root}) first.");

        var env = new Dictionary<string, string>
        {
            // The script reads these; make sure the machine's environment does not leak into the defaults.
            ["APP_DOMAIN"] = "", ["AAD_CLIENT_ID"] = "", ["BOT_ID"] = "", ["APP_ID"] = "",
        };
        foreach (var (name, value) in environment ?? [])
            env[name] = value;
        try
        {
            return await Processes.RunAsync("node", ["addin-manifest/package.mjs", .. arguments], Repo.Root, env);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"Could not start `node` ({e.Message}): install Node.js 20+ and run `npm ci` at the repository root.");
            throw;
        }
    }
}
