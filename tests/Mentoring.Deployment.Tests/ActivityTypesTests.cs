using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Mentoring.Deployment.Tests;

/// <summary>
/// The activity-feed nudges across the manifest, the product and the app registration: Graph refuses an activity type the
/// manifest does not declare, and the whole feature is refused without TeamsActivity.Send.
/// </summary>
public sealed partial class ActivityTypesTests
{
    private static JsonNode Manifest => JsonNode.Parse(File.ReadAllText(Repo.PathOf("addin-manifest", "manifest.json")))!;

    [Fact]
    public void Every_activity_type_the_product_sends_is_declared_with_a_french_and_an_english_template()
    {
        var source = File.ReadAllText(Repo.PathOf("functions", "Mentoring.Core", "Nudges", "NudgeActivityTypes.cs"));
        var sent = Constant().Matches(source).Select(m => m.Groups[1].Value).ToArray();
        var declared = Manifest["activities"]!["activityTypes"]!.AsArray().Select(t => (string)t!["type"]!).ToList();
        var en = JsonNode.Parse(File.ReadAllText(Repo.PathOf("addin-manifest", "en.json")))!.AsObject();

        Assert.Equal(["prepareSession", "commitmentDue"], sent);
        Assert.All(sent, type =>
        {
            var index = declared.IndexOf(type);
            Assert.True(index >= 0, $"{type} is not in activities.activityTypes");
            Assert.False(string.IsNullOrWhiteSpace((string?)Manifest["activities"]!["activityTypes"]![index]!["templateText"]));
            Assert.False(string.IsNullOrWhiteSpace((string?)en[$"activities.activityTypes[{index}].templateText"]), $"{type} has no English template");
        });
        Assert.Contains("{day}", (string)Manifest["activities"]!["activityTypes"]![declared.IndexOf("prepareSession")]!["templateText"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void The_deep_link_opens_the_personal_tab_and_the_app_registration_asks_TeamsActivity_Send()
    {
        var sender = File.ReadAllText(Repo.PathOf("functions", "Mentoring.Infrastructure", "Graph", "GraphNudgeSender.cs"));
        var bicep = File.ReadAllText(Repo.PathOf("infra-bicep", "entra", "app-registration.bicep"));

        Assert.Contains($"PersonalTabEntityId = \"{(string)Manifest["staticTabs"]![0]!["entityId"]!}\"", sender, StringComparison.Ordinal);
        // learn.microsoft.com/graph/permissions-reference: TeamsActivity.Send (application) is a267235f-af13-44dc-8385-c1dc93023186.
        Assert.Matches(@"teamsActivitySendRoleId = 'a267235f-af13-44dc-8385-c1dc93023186'", bicep);
        Assert.Matches(@"id: teamsActivitySendRoleId\s+type: 'Role'", bicep);
    }

    [GeneratedRegex(@"public const string \w+ = ""(\w+)"";")]
    private static partial Regex Constant();
}
