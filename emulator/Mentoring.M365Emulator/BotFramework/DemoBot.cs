namespace Mentoring.M365Emulator.BotFramework;

/// <summary>The demo bot's registration: the app id channel tokens are addressed to, and the service URL Teams posts from.</summary>
public static class DemoBot
{
    /// <summary>The bot's Microsoft App ID (its Entra application), the audience of every channel token.</summary>
    public const string AppId = "b07b07b0-4c1e-4e2a-9f3d-0b07b07b0b07";

    /// <summary>Teams' Europe service URL shape; a bot answers on the serviceUrl of the activity it received.</summary>
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
}
