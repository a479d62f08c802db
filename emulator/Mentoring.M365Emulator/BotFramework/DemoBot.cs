namespace Mentoring.M365Emulator.BotFramework;

/// <summary>The demo bot's registration: the app id channel tokens are addressed to.</summary>
/// <remarks>
/// No made-up service URL here: a bot answers on the serviceUrl of the activity it received and the product remembers it
/// per tenant, so an activity naming anything but the emulator's Bot Connector (<see cref="BotConnector.BotConnectorService.ServiceUrl"/>)
/// would send that tenant's cards nowhere. Activities and channel tokens name that one.
/// </remarks>
public static class DemoBot
{
    /// <summary>The bot's Microsoft App ID (its Entra application), the audience of every channel token.</summary>
    public const string AppId = "b07b07b0-4c1e-4e2a-9f3d-0b07b07b0b07";

    /// <summary>The name Teams shows for the bot in the chat.</summary>
    public const string Name = "Mentorat";

    /// <summary>
    /// The Teams app (manifest id) that carries the bot. Graph installs it for a person with the tenant's catalog id, not this
    /// one (<c>teamsApp@odata.bind</c> <c>…/appCatalogs/teamsApps/{catalog id}</c>; see <see cref="Graph.Teamwork.TeamsCatalog"/>).
    /// </summary>
    public const string TeamsAppId = "a9900000-0000-4000-8000-0000000a9a9a";

    /// <summary>Where the emulated Bot Connector lives under the emulator's base URL (Teams: https://smba.trafficmanager.net/{region}/).</summary>
    public const string ConnectorPath = "botconnector/";
}
