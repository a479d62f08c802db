using System.Text.Json.Nodes;
using Mentoring.M365Emulator.BotFramework;

namespace Mentoring.M365Emulator.Tests.Teamwork;

/// <summary>The demo Teams app with its Entra app and two activity types, as a host sideloads it; and request bodies.</summary>
internal static class ActivityFeedSeed
{
    public const string TabLink = "https://teams.microsoft.com/l/entity/app/mes-cercles?context=%7B%22subEntityId%22%3A%22session%3A42%22%7D";

    /// <summary>The app with its English language file, as the package carries it (addin-manifest/en.json's keys).</summary>
    public static void InstallApp(M365Emulator emulator) => emulator.TeamsApps.Install(Manifest(), new Dictionary<string, JsonObject>
    {
        ["en"] = new()
        {
            ["name.short"] = "Mentoring circles",
            ["activities.activityTypes[0].templateText"] = "Prepare {day}'s session: add an item",
        },
    });

    private static JsonObject Manifest() => new JsonObject
    {
        ["id"] = DemoBot.TeamsAppId,
        ["name"] = new JsonObject { ["short"] = "Cercles de mentorat" },
        ["webApplicationInfo"] = new JsonObject { ["id"] = DemoDirectory.ApiClientId },
        ["staticTabs"] = new JsonArray(new JsonObject { ["entityId"] = "mes-cercles" }),
        ["bots"] = new JsonArray(new JsonObject { ["botId"] = DemoBot.AppId, ["scopes"] = new JsonArray("personal") }),
        ["activities"] = new JsonObject
        {
            ["activityTypes"] = new JsonArray(
                new JsonObject { ["type"] = "prepareSession", ["description"] = "Préparer", ["templateText"] = "Préparez la séance de {day} : ajoutez un point" },
                new JsonObject { ["type"] = "commitmentDue", ["description"] = "Engagement", ["templateText"] = "Votre engagement est attendu demain" }),
        },
    };

    public static string Body(string activityType = "prepareSession", string? parameters = null, string? recipients = null) =>
        $$"""
        {
          "topic": { "source": "text", "value": "Séance de jeudi", "webUrl": "{{TabLink}}" },
          "activityType": "{{activityType}}",
          "previewText": { "content": "Ajoutez un point à l'ordre du jour." },
          "templateParameters": {{parameters ?? """[{ "name": "day", "value": "jeudi" }]"""}}
          {{(recipients is null ? "" : $", \"recipients\": {recipients}")}}
        }
        """;

    public static string Recipients(params Guid[] ids) =>
        "[" + string.Join(",", ids.Select(id => $$"""{"@odata.type":"microsoft.graph.aadUserNotificationRecipient","userId":"{{id}}"}""")) + "]";
}
