using System.Text.Json.Nodes;

namespace Mentoring.Deployment.Tests;

/// <summary>The tab pages in Azure: a Static Web App deployed by azd as service "web", allowed by the API's CORS.</summary>
public sealed class WebDeploymentTests(CompiledInfrastructure infra) : IClassFixture<CompiledInfrastructure>
{
    [Fact]
    public void Azure_yaml_deploys_web_dist_as_the_static_web_app_service_web()
    {
        var lines = File.ReadAllLines(Repo.PathOf("azure.yaml")).Select(l => l.TrimEnd()).ToList();
        var web = lines.IndexOf("  web:");
        Assert.True(web >= 0, "service 'web' is missing");
        var service = lines.Skip(web + 1).TakeWhile(l => l.StartsWith("    ", StringComparison.Ordinal)).ToList();
        Assert.Contains("    project: ./web", service);
        Assert.Contains("    host: staticwebapp", service);
        Assert.Contains("    dist: dist", service);
        Assert.True(File.Exists(Repo.PathOf("web", "package.json")));
    }

    [Fact]
    public void A_static_web_app_tagged_for_service_web_serves_the_pages_and_the_api_allows_its_origin()
    {
        var site = infra.Single("Microsoft.Web/staticSites");
        Assert.NotNull(site);
        var module = infra.OfType("Microsoft.Resources/deployments").Single(d => d["properties"]?["template"]?.ToJsonString().Contains("Microsoft.Web/staticSites", StringComparison.Ordinal) == true);
        Assert.Contains("'azd-service-name', 'web'", (string?)module["properties"]!["parameters"]!["tags"]!["value"], StringComparison.Ordinal);

        var functionApp = infra.Single("Microsoft.Web/sites");
        Assert.Contains("corsAllowedOrigins", functionApp["properties"]!["siteConfig"]!["cors"]!["allowedOrigins"]!.ToJsonString(), StringComparison.Ordinal);
        var functionModule = infra.OfType("Microsoft.Resources/deployments").Single(d => d["properties"]?["template"]?.ToJsonString().Contains("functionAppConfig", StringComparison.Ordinal) == true);
        Assert.Contains("staticweb", functionModule["properties"]!["parameters"]!["corsAllowedOrigins"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("AZURE_STATIC_WEB_APP_URL", infra.Template["outputs"]!.AsObject().Select(o => o.Key));
    }
}
