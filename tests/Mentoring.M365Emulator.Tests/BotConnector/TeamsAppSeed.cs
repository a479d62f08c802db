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

    /// <summary>Contoso's catalog id of the demo app: what an install through Graph names (never the manifest id).</summary>
    public static string ContosoCatalogId(M365Emulator emulator) =>
        emulator.BotConnector.Catalog.CatalogId(DemoDirectory.ContosoTenantId, DemoBot.TeamsAppId);

    public static string InstallBody(M365Emulator emulator) => InstallBody(ContosoCatalogId(emulator));

    public static string InstallBody(string catalogId) =>
        $$"""{"teamsApp@odata.bind":"https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/{{catalogId}}"}""";
}
