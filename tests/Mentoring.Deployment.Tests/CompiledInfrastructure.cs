using System.Text.Json.Nodes;

namespace Mentoring.Deployment.Tests;

/// <summary>Compiles infra-bicep/main.bicep once (offline, with the NuGet Bicep CLI) for every test of the class.</summary>
public sealed class CompiledInfrastructure : IAsyncLifetime
{
    public const string MainBicep = "infra-bicep/main.bicep";

    public ProcessResult Build { get; private set; } = null!;
    public ProcessResult Lint { get; private set; } = null!;
    public JsonObject Template { get; private set; } = null!;

    /// <summary>Every resource of the template and of the module templates nested in it.</summary>
    public IReadOnlyList<JsonObject> Resources { get; private set; } = [];

    /// <summary>The main template and every nested module template.</summary>
    public IReadOnlyList<JsonObject> Templates { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Build = await BicepCli.RunAsync("build", MainBicep, "--stdout");
        Lint = await BicepCli.RunAsync("lint", MainBicep);
        if (Build.ExitCode == 0)
        {
            Template = JsonNode.Parse(Build.StandardOutput)!.AsObject();
            Resources = [.. AllResources(Template)];
            Templates = [Template, .. Resources.Select(r => r["properties"]?["template"]).OfType<JsonObject>()];
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public IEnumerable<JsonObject> OfType(string type) =>
        Resources.Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase));

    public JsonObject Single(string type)
    {
        var matches = OfType(type).ToList();
        Assert.True(matches.Count == 1, $"Expected exactly one {type}, found {matches.Count}.");
        return matches[0];
    }

    public static IEnumerable<JsonObject> TopLevelResources(JsonObject template) =>
        (template["resources"] switch
        {
            JsonArray array => array,
            JsonObject map => map.Select(p => p.Value),
            _ => (IEnumerable<JsonNode?>)[],
        }).OfType<JsonObject>();

    private static IEnumerable<JsonObject> AllResources(JsonObject template)
    {
        // Templates with symbolic names (languageVersion 2.0) hold resources in an object, others in an array.
        IEnumerable<JsonNode?> resources = template["resources"] switch
        {
            JsonArray array => array,
            JsonObject map => map.Select(p => p.Value),
            _ => [],
        };
        foreach (var resource in resources.OfType<JsonObject>())
        {
            yield return resource;
            if ((string?)resource["type"] == "Microsoft.Resources/deployments"
                && resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in AllResources(nested))
                    yield return inner;
            }
        }
    }
}
