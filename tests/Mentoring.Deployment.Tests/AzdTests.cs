namespace Mentoring.Deployment.Tests;

/// <summary>azure.yaml and the separately deployed Entra app registration (text checks: no YAML package here).</summary>
public sealed class AzdTests
{
    [Fact]
    public void Azure_yaml_deploys_the_functions_project_as_service_api_with_infra_bicep()
    {
        var lines = File.ReadAllLines(Repo.PathOf("azure.yaml")).Select(l => l.TrimEnd()).ToList();
        Assert.Contains("  path: infra-bicep", lines);
        Assert.Contains("  provider: bicep", lines);
        var api = lines.IndexOf("  api:");
        Assert.True(api >= 0, "service 'api' is missing");
        var service = lines.Skip(api + 1).TakeWhile(l => l.StartsWith("    ", StringComparison.Ordinal)).ToList();
        Assert.Contains("    project: ./functions/Mentoring.Functions", service);
        Assert.Contains("    language: dotnet", service);
        Assert.Contains("    host: function", service);
        Assert.True(File.Exists(Repo.PathOf("functions", "Mentoring.Functions", "Mentoring.Functions.csproj")));
    }

    // app-registration.bicep is not compiled here: its Microsoft Graph extension is restored from
    // mcr.microsoft.com, which this machine cannot reach (bicep build fails with BCP192).
    [Fact]
    public void App_registration_is_separate_and_exposes_sso_for_teams_and_outlook()
    {
        var text = File.ReadAllText(Repo.PathOf("infra-bicep", "entra", "app-registration.bicep"));
        Assert.Contains("extension microsoftGraphV1", text, StringComparison.Ordinal);
        Assert.Contains("'Microsoft.Graph/applications@v1.0'", text, StringComparison.Ordinal);
        Assert.Contains("value: 'access_as_user'", text, StringComparison.Ordinal);
        Assert.Contains("'api://${appDomain}/${app.appId}'", text, StringComparison.Ordinal);
        Assert.Contains("'ef54d2bf-783f-4e0f-bca1-3210c0444d99'", text, StringComparison.Ordinal); // Calendars.ReadWrite (application)
        Assert.Contains("value: 'Coordinator'", text, StringComparison.Ordinal); // the app role a tenant gives its cohort coordinators
        Assert.Contains("'brk-multihub://${appDomain}'", text, StringComparison.Ordinal); // the SPA redirect nested app authentication needs
        Assert.Equal(2, text.Split("  spa: spaSettings").Length - 1); // on both passes over the application
        foreach (var client in new[]
                 {
                     "1fec8e78-bce4-4aaf-ab1b-5451cc387264", "5e3ce6c0-2b1f-4285-8d4b-75ee78787346",
                     "4765445b-32c6-49b0-83e6-1d93765276ca", "0ec893e0-5785-4de6-99da-4ed124e5296c",
                     "d3590ed6-52b3-4102-aeff-aad2292ab01c", "bc59ab01-8403-45c6-8796-ac3ef710b3e3",
                     "27922004-5251-4030-b22d-91ecd9a37ea4",
                 })
        {
            Assert.Contains(client, text, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("passwordCredentials", text, StringComparison.Ordinal);

        var main = File.ReadAllText(Repo.PathOf("infra-bicep", "main.bicep"));
        Assert.DoesNotContain("'entra/app-registration.bicep'", main, StringComparison.Ordinal);
        Assert.DoesNotContain("microsoftGraph", main, StringComparison.Ordinal);
    }
}
