using System.Text.Json.Nodes;

namespace Mentoring.Deployment.Tests;

public sealed class BicepTests(CompiledInfrastructure infra) : IClassFixture<CompiledInfrastructure>
{
    private static readonly string[] StorageDataRoles =
    [
        "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", // Storage Table Data Contributor
        "974c5e8b-45b9-4653-ba55-5f855dd0fb88", // Storage Queue Data Contributor
        "b7e6dc6d-f1e8-4753-8033-0f276bb0955b", // Storage Blob Data Owner
    ];

    [Fact]
    public void Main_builds_without_errors_or_warnings()
    {
        Assert.True(infra.Build.ExitCode == 0, infra.Build.ToString());
        Assert.True(string.IsNullOrWhiteSpace(infra.Build.StandardError), infra.Build.ToString());
    }

    [Fact]
    public void Main_lints_clean()
    {
        Assert.True(infra.Lint.ExitCode == 0, infra.Lint.ToString());
        var output = infra.Lint.StandardOutput + infra.Lint.StandardError;
        Assert.DoesNotContain(" : Warning ", output, StringComparison.Ordinal);
        Assert.DoesNotContain(" : Error ", output, StringComparison.Ordinal);
        Assert.True(string.IsNullOrWhiteSpace(output), infra.Lint.ToString());
    }

    [Fact]
    public void Storage_account_refuses_shared_keys_and_has_tables_queues_and_deployment_container()
    {
        var storage = infra.Single("Microsoft.Storage/storageAccounts");
        Assert.False(storage["properties"]!["allowSharedKeyAccess"]!.GetValue<bool>());
        Assert.False(storage["properties"]!["allowBlobPublicAccess"]!.GetValue<bool>());
        Assert.Single(infra.OfType("Microsoft.Storage/storageAccounts/tableServices"));
        Assert.Single(infra.OfType("Microsoft.Storage/storageAccounts/queueServices"));
        Assert.Single(infra.OfType("Microsoft.Storage/storageAccounts/tableServices/tables"));
        Assert.Single(infra.OfType("Microsoft.Storage/storageAccounts/blobServices/containers"));
    }

    [Fact]
    public void Function_app_is_linux_dotnet_isolated_10_on_flex_consumption()
    {
        var plan = infra.Single("Microsoft.Web/serverfarms");
        Assert.Equal("FC1", (string?)plan["sku"]!["name"]);
        Assert.Equal("FlexConsumption", (string?)plan["sku"]!["tier"]);

        var site = infra.Single("Microsoft.Web/sites");
        Assert.Equal("functionapp,linux", (string?)site["kind"]);
        var config = site["properties"]!["functionAppConfig"]!;
        Assert.Equal("dotnet-isolated", (string?)config["runtime"]!["name"]);
        Assert.Equal("10.0", (string?)config["runtime"]!["version"]);
        Assert.Equal("blobContainer", (string?)config["deployment"]!["storage"]!["type"]);
        Assert.Equal("UserAssignedIdentity", (string?)config["deployment"]!["storage"]!["authentication"]!["type"]);
        Assert.True(site["properties"]!["httpsOnly"]!.GetValue<bool>());
    }

    [Fact]
    public void Function_app_runs_as_a_user_assigned_identity()
    {
        var site = infra.Single("Microsoft.Web/sites");
        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        Assert.Single(site["identity"]!["userAssignedIdentities"]!.AsObject());
        Assert.Single(infra.OfType("Microsoft.ManagedIdentity/userAssignedIdentities"));
    }

    [Fact]
    public void App_settings_use_the_managed_identity_and_no_connection_string()
    {
        var settings = infra.Single("Microsoft.Web/sites/config")["properties"]!.AsObject();
        Assert.Equal("managedidentity", (string?)settings["AzureWebJobsStorage__credential"]);
        foreach (var name in new[]
                 {
                     "AzureWebJobsStorage__clientId", "AzureWebJobsStorage__accountName",
                     "Storage__TableEndpoint", "Storage__ManagedIdentityClientId",
                     "AzureAd__Instance", "AzureAd__TenantId", "AzureAd__ClientId",
                     "APPLICATIONINSIGHTS_CONNECTION_STRING", "Scheduling__TabLink", "Auth__AllowedTenantIds",
                 })
        {
            Assert.True(settings.ContainsKey(name), $"App setting {name} is missing.");
        }
        Assert.False(settings.ContainsKey("AzureWebJobsStorage"), "AzureWebJobsStorage (a connection string) must not be set.");
        Assert.False(settings.ContainsKey("Storage__ConnectionString"), "Storage__ConnectionString cannot work with shared keys disabled.");
    }

    [Fact]
    public void Invitations_link_to_the_personal_tab_of_the_deployed_teams_app()
    {
        var settings = infra.Single("Microsoft.Web/sites/config")["properties"]!.AsObject();
        Assert.Equal("[parameters('tabLink')]", (string?)settings["Scheduling__TabLink"]);
        var module = infra.Resources.Single(r => r["properties"]?["parameters"]?["tabLink"] is not null);
        var link = (string?)module["properties"]!["parameters"]!["tabLink"]!["value"];
        Assert.NotNull(link);
        Assert.Contains("teams.microsoft.com/l/entity/", link, StringComparison.Ordinal);
        Assert.Contains("mes-cercles", link, StringComparison.Ordinal);
        Assert.Contains("parameters('teamsAppId')", link, StringComparison.Ordinal);

        // The agendas' side-panel link names the same app id the bot's installs look up in each tenant's catalog.
        var panel = (string?)settings["Agendas__PanelLink"];
        Assert.Equal("[format('https://teams.microsoft.com/l/entity/{0}/meeting-panel', parameters('teamsAppId'))]", panel);
        Assert.Equal("[parameters('teamsAppId')]", (string?)settings["Bot__TeamsAppId"]);
    }

    [Fact]
    public void Identity_gets_table_queue_and_blob_data_roles_on_the_storage_account()
    {
        // The storage module assigns the roles in a loop over a variable: look at that module's template.
        var storageModule = infra.Templates.Single(t => AllTypes(t).Contains("Microsoft.Storage/storageAccounts"));
        Assert.Contains("Microsoft.Authorization/roleAssignments", AllTypes(storageModule));
        var roleIds = storageModule["variables"]!.ToJsonString();
        foreach (var role in StorageDataRoles)
            Assert.Contains(role, roleIds, StringComparison.OrdinalIgnoreCase);
        var identityAssignment = infra.OfType("Microsoft.Authorization/roleAssignments")
            .First(r => (string?)r["scope"] is { } scope && scope.Contains("Microsoft.Storage/storageAccounts", StringComparison.Ordinal));
        Assert.Equal("ServicePrincipal", (string?)identityAssignment["properties"]!["principalType"]);
    }

    [Fact]
    public void Telemetry_is_workspace_based_and_key_vault_uses_rbac()
    {
        Assert.Single(infra.OfType("Microsoft.OperationalInsights/workspaces"));
        var insights = infra.Single("Microsoft.Insights/components");
        Assert.NotNull(insights["properties"]!["WorkspaceResourceId"]);

        var vault = infra.Single("Microsoft.KeyVault/vaults");
        Assert.True(vault["properties"]!["enableRbacAuthorization"]!.GetValue<bool>());
        Assert.Null(vault["properties"]!["accessPolicies"]);
    }

    [Fact]
    public void No_key_or_secret_property_has_a_literal_value()
    {
        var offenders = new List<string>();
        Walk(infra.Template, "$", offenders);
        Assert.True(offenders.Count == 0, "Literal values in key/secret properties:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void Outputs_name_the_function_app_its_url_and_the_storage_account()
    {
        var outputs = infra.Template["outputs"]!.AsObject();
        Assert.True(outputs.ContainsKey("AZURE_FUNCTION_APP_NAME"));
        Assert.True(outputs.ContainsKey("AZURE_FUNCTION_APP_URL"));
        Assert.True(outputs.ContainsKey("AZURE_STORAGE_ACCOUNT_NAME"));
    }

    [Fact]
    public void The_tenant_allow_list_is_a_parameter_that_defaults_to_the_tenant_deployed_to()
    {
        Assert.Equal("string", (string?)infra.Template["parameters"]!["allowedTenantIds"]?["type"]);
        var module = infra.OfType("Microsoft.Resources/deployments").Single(d => d["properties"]?["parameters"]?["allowedTenantIds"] is not null);
        var parameter = module["properties"]!["parameters"]!["allowedTenantIds"];
        var value = parameter is JsonObject wrapped ? (string?)wrapped["value"] : (string?)parameter;
        Assert.Contains("tenant().tenantId", value, StringComparison.Ordinal);
        Assert.Contains("parameters('allowedTenantIds')", value, StringComparison.Ordinal);
    }

    [Fact]
    public void Main_has_environment_name_and_location_parameters_with_defaults()
    {
        var parameters = infra.Template["parameters"]!.AsObject();
        Assert.NotNull(parameters["environmentName"]?["defaultValue"]);
        Assert.NotNull(parameters["location"]?["defaultValue"]);
        Assert.Null(parameters["AzureAdClientSecret"]);
        Assert.DoesNotContain(parameters, p => (string?)p.Value!["type"] is "securestring" or "secureObject");
    }

    private static HashSet<string> AllTypes(JsonObject template) =>
        [.. CompiledInfrastructure.TopLevelResources(template).Select(r => (string?)r["type"] ?? "")];

    // A string is a literal unless it is an ARM expression "[...]" (a parameter, reference or function call).
    private static bool IsLiteral(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text)
        && !(text.StartsWith('[') && text.EndsWith(']') && !text.StartsWith("[[", StringComparison.Ordinal));

    private static void Walk(JsonNode? node, string path, List<string> offenders)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    var here = $"{path}.{name}";
                    if (name.Contains("key", StringComparison.OrdinalIgnoreCase) || name.Contains("secret", StringComparison.OrdinalIgnoreCase))
                    {
                        // Direct value, or a module parameter { "value": ... } / parameter default.
                        if (IsLiteral(value) || (value is JsonObject o && (IsLiteral(o["value"]) || IsLiteral(o["defaultValue"]))))
                            offenders.Add(here);
                    }
                    Walk(value, here, offenders);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                    Walk(array[i], $"{path}[{i}]", offenders);
                break;
        }
    }
}
