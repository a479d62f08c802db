using System.Text.RegularExpressions;

namespace Mentoring.Deployment.Tests;

/// <summary>
/// Every queue trigger of the Functions app can bind in Azure: the app setting its <c>%…%</c> names is set by Bicep, and the queue
/// and the poison queue the Functions host moves a failing message to exist up front (main.bicep <c>queueNames</c>).
/// </summary>
/// <remarks>Read from the sources, not a list kept here: a new queue trigger without its setting fails this test.</remarks>
public sealed partial class QueueDeploymentTests(CompiledInfrastructure infra) : IClassFixture<CompiledInfrastructure>
{
    [Fact]
    public void Each_queue_trigger_has_its_app_setting_its_queue_and_its_poison_queue()
    {
        var settings = infra.Single("Microsoft.Web/sites/config")["properties"]!.AsObject();
        var queues = infra.Template["parameters"]!["queueNames"]!["defaultValue"]!.AsArray().Select(q => (string?)q).ToArray();
        var sources = Directory.GetFiles(Repo.PathOf("functions"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .ToArray();
        var triggers = sources.SelectMany(s => Trigger().Matches(s)).Select(m => m.Groups["constant"].Value).ToArray();
        Assert.NotEmpty(triggers);

        foreach (var constant in triggers)
        {
            var setting = sources.Select(s => Regex.Match(s, $@"const string {constant} = ""(?<name>\w+)""")).First(m => m.Success).Groups["name"].Value;
            Assert.True(settings.ContainsKey(setting), $"App setting {setting} (queue trigger %{setting}%) is missing.");
            var queue = (string?)settings[setting];
            Assert.Contains(queue, queues);
            Assert.Contains(queue + "-poison", queues);
        }
    }

    // [QueueTrigger("%" + DeliveryOptions.CardQueueSetting + "%", …)]
    [GeneratedRegex(@"QueueTrigger\(""%"" \+ \w+\.(?<constant>\w+) \+ ""%""")]
    private static partial Regex Trigger();
}
