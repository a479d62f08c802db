using System.Text.Json.Nodes;
using Mentoring.M365Emulator.BotFramework;

namespace Mentoring.M365Emulator.Tests.BotConnector;

/// <summary>The demo Teams app with its bot, as a host sideloads it; without it the catalog has nothing to install.</summary>
internal static class TeamsAppSeed
{
    public static void InstallDemoApp(M365Emulator emulator) => emulator.TeamsApps.Install(new JsonObject
    {
        ["id"] = DemoBot.TeamsAppId,
        ["name"] = new JsonObject { ["short"] = "Mentorat" },
        ["bots"] = new JsonArray(new JsonObject { ["botId"] = DemoBot.AppId, ["scopes"] = new JsonArray("personal") }),
    });

    public static string InstallBody(string teamsAppId = DemoBot.TeamsAppId) =>
        $$"""{"teamsApp@odata.bind":"https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/{{teamsAppId}}"}""";
}
