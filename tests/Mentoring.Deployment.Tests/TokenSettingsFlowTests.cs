using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Mentoring.Deployment.Tests;

/// <summary>
/// One API identity from the app registration to the manifest and the function app's settings: the registration asks for v2
/// tokens (aud = client id), exposes api://&lt;domain&gt;/&lt;client id&gt; (what the manifest's webApplicationInfo.resource names),
/// pre-authorizes the Teams/Office clients the API accepts, and the function app validates that same client id as audience.
/// </summary>
public sealed partial class TokenSettingsFlowTests(CompiledInfrastructure infra) : IClassFixture<CompiledInfrastructure>
{
    private static readonly string Registration = File.ReadAllText(Repo.PathOf("infra-bicep", "entra", "app-registration.bicep"));

    [Fact]
    public void The_registration_asks_for_v2_tokens_and_exposes_the_app_id_uri_the_manifest_names()
    {
        Assert.Matches(@"(?m)^\s*requestedAccessTokenVersion:\s*2\s*$", Registration);
        Assert.Contains("'api://${appDomain}/${app.appId}'", Registration, StringComparison.Ordinal);
        Assert.Contains("output clientId string = appIdentifierUri.appId", Registration, StringComparison.Ordinal);

        var manifest = JsonNode.Parse(File.ReadAllText(Repo.PathOf("addin-manifest", "manifest.json")))!;
        Assert.Equal("{{AAD_CLIENT_ID}}", (string?)manifest["webApplicationInfo"]!["id"]);
        // The same shape with the registration's names for the same two values (appDomain = APP_DOMAIN, appId = AAD_CLIENT_ID).
        Assert.Equal("api://{{APP_DOMAIN}}/{{AAD_CLIENT_ID}}", (string?)manifest["webApplicationInfo"]!["resource"]);
    }

    [Fact]
    public void The_registration_pre_authorizes_exactly_the_clients_the_api_accepts_and_the_emulator_stands_for()
    {
        var registration = PreAuthorizedBlock().Matches(Registration).Single().Value;
        var api = File.ReadAllText(Repo.PathOf("functions", "Mentoring.Functions", "Http", "KnownClients.cs"));
        var emulator = File.ReadAllText(Repo.PathOf("emulator", "Mentoring.M365Emulator", "Identity", "FirstPartyClients.cs"));

        var expected = Guids(registration);
        Assert.Equal(7, expected.Count);
        Assert.Equal(expected, Guids(api));
        Assert.Equal(expected, Guids(emulator));
        Assert.Contains("1fec8e78-bce4-4aaf-ab1b-5451cc387264", expected); // Teams desktop and mobile
        Assert.Contains("5e3ce6c0-2b1f-4285-8d4b-75ee78787346", expected); // Teams web
    }

    [Fact]
    public void The_function_app_validates_the_registrations_client_id_as_audience_and_names_no_other()
    {
        var settings = infra.Single("Microsoft.Web/sites/config")["properties"]!.AsObject();
        Assert.Equal("[parameters('azureAdClientId')]", (string?)settings["AzureAd__ClientId"]);
        Assert.False(settings.ContainsKey("AzureAd__Audience"), "A v2 token's aud is the client id: an App ID URI audience would refuse every Teams token.");

        var module = infra.OfType("Microsoft.Resources/deployments").Single(d => d["properties"]?["parameters"]?["azureAdClientId"] is not null);
        var passed = module["properties"]!["parameters"]!["azureAdClientId"]!;
        Assert.Equal("[parameters('azureAdClientId')]", (string?)(passed is JsonObject wrapped ? wrapped["value"] : passed));
        Assert.Null(infra.Template["parameters"]!["azureAdAudience"]);

        var local = JsonNode.Parse(File.ReadAllText(Repo.PathOf("functions", "Mentoring.Functions", "local.settings.json")))!["Values"]!;
        Assert.Null(local["AzureAd__Audience"]);
    }

    private static SortedSet<string> Guids(string text) =>
        new(GuidPattern().Matches(text).Select(m => m.Value.ToLowerInvariant()), StringComparer.Ordinal);

    [GeneratedRegex(@"var preAuthorizedClientIds = \[[^\]]*\]")]
    private static partial Regex PreAuthorizedBlock();

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();
}
