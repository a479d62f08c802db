using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Mentoring.Deployment.Tests;

/// <summary>
/// One <c>azd up</c>: the hooks in azure.yaml exist and are valid shell, the registration's client id reaches main.bicep (no zeros
/// default), every value a hook reads is a main.bicep output, and one domain names the registration, the manifest and the tab.
/// </summary>
public sealed partial class AzdUpTests(CompiledInfrastructure infra) : IClassFixture<CompiledInfrastructure>
{
    private static readonly string AzureYaml = File.ReadAllText(Repo.PathOf("azure.yaml"));
    private static readonly string Pre = File.ReadAllText(Repo.PathOf("infra-bicep", "hooks", "preprovision.sh"));
    private static readonly string Post = File.ReadAllText(Repo.PathOf("infra-bicep", "hooks", "postprovision.sh"));

    [Fact]
    public async Task Azure_yaml_runs_the_registration_hooks_around_provisioning_and_they_are_valid_shell()
    {
        Assert.Matches(@"(?m)^hooks:\n  preprovision:\n    shell: sh\n    run: infra-bicep/hooks/preprovision\.sh$", AzureYaml);
        Assert.Matches(@"(?m)^  postprovision:\n    shell: sh\n    run: infra-bicep/hooks/postprovision\.sh$", AzureYaml);
        foreach (var hook in new[] { "preprovision.sh", "postprovision.sh" })
        {
            var path = Repo.PathOf("infra-bicep", "hooks", hook);
            var syntax = await Processes.RunAsync("sh", ["-n", path], Repo.Root);
            Assert.True(syntax.ExitCode == 0, syntax.ToString());
            if (!OperatingSystem.IsWindows())
                Assert.True((File.GetUnixFileMode(path) & UnixFileMode.UserExecute) != 0, $"{hook} is not executable");
        }

        // Both passes deploy the same registration file, under the same deployment name, into main.bicep's resource group.
        foreach (var hook in new[] { Pre, Post })
        {
            Assert.Contains("--template-file infra-bicep/entra/app-registration.bicep", hook, StringComparison.Ordinal);
            Assert.Contains("--name mentoring-app-registration", hook, StringComparison.Ordinal);
        }

        Assert.Contains("group=\"rg-${AZURE_ENV_NAME}\"", Pre, StringComparison.Ordinal);
        Assert.Contains("resourceGroup: 'rg-${environmentName}'", File.ReadAllText(Repo.PathOf(CompiledInfrastructure.MainBicep)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_client_id_has_no_default_and_is_the_registrations_set_by_the_preprovision_hook()
    {
        var parameter = infra.Template["parameters"]!["azureAdClientId"]!.AsObject();
        Assert.False(parameter.ContainsKey("defaultValue"), "A default client id deploys an API that accepts no token.");
        Assert.Equal(36, (int?)parameter["minLength"]);

        var parameters = JsonNode.Parse(File.ReadAllText(Repo.PathOf("infra-bicep", "main.parameters.json")))!["parameters"]!;
        Assert.Equal("${AZURE_AD_CLIENT_ID}", (string?)parameters["azureAdClientId"]!["value"]);
        foreach (var file in new[] { "main.bicep", "main.parameters.json" })
            Assert.DoesNotContain("00000000-0000-0000-0000-000000000000", File.ReadAllText(Repo.PathOf("infra-bicep", file)), StringComparison.Ordinal);

        Assert.Contains("--query properties.outputs.clientId.value", Pre, StringComparison.Ordinal);
        Assert.Contains("azd env set AZURE_AD_CLIENT_ID \"$client_id\"", Pre, StringComparison.Ordinal);
        Assert.Contains("output clientId string = appIdentifierUri.appId", File.ReadAllText(Repo.PathOf("infra-bicep", "entra", "app-registration.bicep")), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_value_the_postprovision_hook_and_the_tab_config_read_is_an_output_of_main_or_set_by_a_hook()
    {
        var outputs = infra.Template["outputs"]!.AsObject().Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        var required = RequiredOutput().Matches(Post).Select(m => m.Groups["name"].Value).ToList();
        Assert.NotEmpty(required);
        foreach (var name in required)
            Assert.Contains(name, outputs);

        // The tab's config.json: the API's URL (an output) and the SSO scope (set by postprovision from the registration's output).
        var writeConfig = File.ReadAllText(Repo.PathOf("web", "scripts", "write-config.mjs"));
        Assert.Contains("process.env.AZURE_FUNCTION_APP_URL", writeConfig, StringComparison.Ordinal);
        Assert.Contains("AZURE_FUNCTION_APP_URL", outputs);
        Assert.Contains("process.env.API_SCOPE", writeConfig, StringComparison.Ordinal);
        Assert.Contains("azd env set API_SCOPE \"${identifier_uri}/access_as_user\"", Post, StringComparison.Ordinal);
        Assert.Contains("properties.outputs.identifierUri.value", Post, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^    hooks:\n(?:      #.*\n)*      predeploy:\n        shell: sh\n        run: node scripts/write-config\.mjs --required$", AzureYaml);
    }

    [Fact]
    public void One_domain_the_static_web_apps_names_the_registration_the_app_package_and_the_tab()
    {
        Assert.Contains("domain=\"${AZURE_STATIC_WEB_APP_URL#https://}\"", Post, StringComparison.Ordinal);
        Assert.Contains("appDomain=\"$domain\"", Post, StringComparison.Ordinal);
        Assert.Contains("--app-domain=\"$domain\"", Post, StringComparison.Ordinal);
        Assert.Contains("--aad-client-id=\"$client_id\"", Post, StringComparison.Ordinal);
        Assert.Contains("--bot-id=\"$AZURE_BOT_APP_ID\"", Post, StringComparison.Ordinal);
        Assert.Contains("--app-id=\"$TEAMS_APP_ID\"", Post, StringComparison.Ordinal);

        // The manifest's pages live under /tab/ on that domain, where write-config.mjs puts the built pages and their config.json.
        var manifest = File.ReadAllText(Repo.PathOf("addin-manifest", "manifest.json"));
        Assert.Contains("\"contentUrl\": \"https://{{APP_DOMAIN}}/tab/personal\"", manifest, StringComparison.Ordinal);
        Assert.Contains("\"resource\": \"api://{{APP_DOMAIN}}/{{AAD_CLIENT_ID}}\"", manifest, StringComparison.Ordinal);
        var writeConfig = File.ReadAllText(Repo.PathOf("web", "scripts", "write-config.mjs"));
        Assert.Contains("new URL(\"tab/\", dist)", writeConfig, StringComparison.Ordinal);
        Assert.Contains("rewrite: \"/tab/index.html\"", writeConfig, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_table_the_code_uses_is_created_by_bicep()
    {
        var tables = File.ReadAllText(Repo.PathOf("functions", "Mentoring.Infrastructure", "Storage", "Tables.cs"));
        var used = TableName().Matches(tables).Select(m => m.Groups["name"].Value).ToList();
        var named = infra.Template["parameters"]!["tableNames"]!["defaultValue"]!.AsArray().Select(t => (string?)t).ToHashSet();

        Assert.True(used.Count >= 14, $"only {used.Count} tables found in Tables.cs");
        Assert.All(used, name => Assert.Contains(name, named));
    }

    [Fact]
    public void The_bot_pace_of_all_instances_together_stays_under_teams_limit_per_tenant()
    {
        var settings = infra.Single("Microsoft.Web/sites/config")["properties"]!.AsObject();
        Assert.True(settings.ContainsKey("Bot__RequestsPerSecond"), "Without it each instance sends 48 per second (BotOptions' default).");
        Assert.Equal("[variables('botRequestsPerSecond')]", (string?)settings["Bot__RequestsPerSecond"]);

        var module = infra.Templates.Single(t => t["parameters"]?["maximumInstanceCount"] is not null);
        var perInstanceMilli = module["variables"]!["botMilliRpsPerInstance"]!.GetValue<string>();
        Assert.Contains("parameters('botTenantRequestsPerSecond')", perInstanceMilli, StringComparison.Ordinal);
        Assert.Contains("parameters('maximumInstanceCount')", perInstanceMilli, StringComparison.Ordinal);

        // Teams: 50 per app per tenant (30 in another revision of the page): the budget's largest allowed value is under both readings
        // of 50, its default under 30; divided by the instances, every instance at full pace stays within it.
        var budget = module["parameters"]!["botTenantRequestsPerSecond"]!;
        Assert.True((int)budget["maxValue"]! < 50);
        Assert.True((int)budget["defaultValue"]! < 30);
        var instances = module["parameters"]!["maximumInstanceCount"]!;
        foreach (var count in new[] { (int)instances["minValue"]!, (int)instances["defaultValue"]!, (int)instances["maxValue"]! })
        {
            var perInstance = (int)budget["maxValue"]! * 1000 / count / 1000.0;
            Assert.True(perInstance * count < 50, $"{count} instances at {perInstance}/s");
        }
    }

    // : "${AZURE_STATIC_WEB_APP_URL:?main.bicep output}"
    [GeneratedRegex(@": ""\$\{(?<name>[A-Z_]+):\?main\.bicep output\}""")]
    private static partial Regex RequiredOutput();

    // Circles = service.GetTableClient(prefix + "Circles");
    [GeneratedRegex(@"GetTableClient\(prefix \+ ""(?<name>\w+)""\)")]
    private static partial Regex TableName();
}
