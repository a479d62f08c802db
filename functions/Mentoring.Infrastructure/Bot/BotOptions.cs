namespace Mentoring.Infrastructure.Bot;

/// <summary>The bot's registration, bound from <c>Bot</c>.</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>The bot's Microsoft App ID: the audience of every token Teams sends. Unset, every token is refused.</summary>
    public string AppId { get; set; } = "";

    /// <summary>Where the Bot Framework publishes its signing keys; only the local host points it elsewhere (the emulator).</summary>
    public Uri OpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");
}
