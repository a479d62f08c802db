namespace Mentoring.Infrastructure.Bot;

/// <summary>The bot's registration, bound from <c>Bot</c>.</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>The bot's Microsoft App ID: the audience of every token Teams sends. Unset, every token is refused.</summary>
    public string AppId { get; set; } = "";

    /// <summary>Where the Bot Framework publishes its signing keys; only the local host points it elsewhere (the emulator).</summary>
    public Uri OpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>The bot's home tenant: a single-tenant bot gets its Bot Connector tokens from this tenant's authority.</summary>
    public string AppTenantId { get; set; } = "";

    /// <summary>Entra ID's root: tokens come from "{Authority}{AppTenantId}/oauth2/v2.0/token".</summary>
    public string Authority { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>Local runs only (the emulator); in Azure the bot's identity is the app's managed identity and no secret exists.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>In Azure: the user-assigned managed identity that is the bot's identity (Azure Bot "UserAssignedMSI").</summary>
    public string? ManagedIdentityClientId { get; set; }

    public string Scope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Where to reach Teams for a tenant that has not yet sent the bot any activity (Microsoft's documented default).</summary>
    public Uri DefaultServiceUrl { get; set; } = new("https://smba.trafficmanager.net/teams/");

    /// <summary>The app's id in the Teams catalog, installed for a person through Graph before their first card.</summary>
    public string TeamsAppId { get; set; } = "";

    /// <summary>Retries of a request Teams answered 429, 412, 502, 503 or 504 (it delivered nothing).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>A Retry-After longer than this is not waited for in-process: the card goes back to its queue.</summary>
    public int MaxRetryAfterSeconds { get; set; } = 30;

    /// <summary>Requests per second per tenant, all operations: under Teams' 50 per app per tenant.</summary>
    public double RequestsPerSecond { get; set; } = 48;

    /// <summary>A Bot Connector request not answered within this is an unknown outcome (it may have been delivered).</summary>
    public int TimeoutSeconds { get; set; } = 15;
}
