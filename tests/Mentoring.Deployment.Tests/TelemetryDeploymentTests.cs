using System.Text.Json.Nodes;

namespace Mentoring.Deployment.Tests;

/// <summary>Telemetry is kept the shortest time the workspace allows, sampled as docs/privacy.md says (Telemetry), and records no request URL.</summary>
public sealed class TelemetryDeploymentTests(CompiledInfrastructure infra) : IClassFixture<CompiledInfrastructure>
{
    [Fact]
    public void Workspace_and_Application_Insights_keep_telemetry_30_days_without_ingestion_sampling()
    {
        var workspace = infra.Single("Microsoft.OperationalInsights/workspaces")["properties"]!;
        var component = infra.Single("Microsoft.Insights/components")["properties"]!;
        var module = infra.Templates.Single(t => t["parameters"]?["retentionInDays"] is not null);

        Assert.Equal("[parameters('retentionInDays')]", (string?)workspace["retentionInDays"]);
        Assert.Equal("[parameters('retentionInDays')]", (string?)component["RetentionInDays"]);
        Assert.Equal(30, module["parameters"]!["retentionInDays"]!["defaultValue"]!.GetValue<int>());
        Assert.Equal(100, component["SamplingPercentage"]!.GetValue<int>());
    }

    [Fact]
    public void The_host_samples_traces_never_requests_or_exceptions_and_records_no_request_url()
    {
        var settings = infra.Single("Microsoft.Web/sites/config")["properties"]!.AsObject();
        const string Insights = "AzureFunctionsJobHost__logging__applicationInsights__";

        Assert.Equal("true", (string?)settings[Insights + "samplingSettings__isEnabled"]);
        Assert.Equal("Request;Exception", (string?)settings[Insights + "samplingSettings__excludedTypes"]);
        Assert.Equal("false", (string?)settings[Insights + "httpAutoCollectionOptions__enableHttpTriggerExtendedInfoCollection"]);
        var host = JsonNode.Parse(File.ReadAllText(Repo.PathOf("functions", "Mentoring.Functions", "host.json")))!;
        Assert.False(host["logging"]!["applicationInsights"]!["httpAutoCollectionOptions"]!["enableHttpTriggerExtendedInfoCollection"]!.GetValue<bool>());
    }
}
