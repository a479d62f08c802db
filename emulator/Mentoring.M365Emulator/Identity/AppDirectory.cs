namespace Mentoring.M365Emulator.Identity;

/// <summary>The applications the demo tenants know: the product's API, Microsoft's resources and clients, the demo bot, a third party.</summary>
internal static class AppDirectory
{
    public const string GraphClientId = "00000003-0000-0000-c000-000000000000";
    public const string GraphResource = "https://graph.microsoft.com";
    public const string BotFrameworkResource = "https://api.botframework.com";

    /// <summary>A multi-tenant app of another publisher that no demo tenant consented to: what AADSTS65001 is for.</summary>
    public const string ThirdPartyClientId = "3d3d3d3d-0000-4000-8000-0000003d3d3d";

    /// <summary>
    /// The demo API, registered as infra-bicep/entra/app-registration.bicep registers the product's: v2 tokens, App ID URI
    /// api://&lt;tab domain&gt;/&lt;client id&gt; (Teams SSO requires that form), one scope, the Teams/Office clients pre-authorized,
    /// and a credential (it is a confidential client: the API reads Graph app-only).
    /// </summary>
    public static readonly AppRegistration Api = new(DemoDirectory.ApiClientId, "MentoringAddin")
    {
        IdentifierUris = [DemoDirectory.ApiIdentifierUri],
        AccessTokenVersion = 2,
        Scopes = ["access_as_user"],
        PreAuthorizedClients = FirstPartyClients.All,
    };

    public static readonly AppRegistration Graph = new(GraphClientId, "Microsoft Graph") { IdentifierUris = [GraphResource] };

    // Its v1 tokens name it by the URI the bot asked for, so its application id plays no part here.
    public static readonly AppRegistration BotFramework = new(BotFrameworkResource, "Bot Framework")
    {
        IdentifierUris = [BotFrameworkResource],
        Scopes = [],
    };

    private static readonly AppRegistration[] Registrations =
    [
        Api,
        Graph,
        BotFramework,
        new(ThirdPartyClientId, "Fourth Coffee Planner") { IsPublicClient = true },
        .. FirstPartyClients.All.Distinct().Select(id => new AppRegistration(id, "Microsoft 365") { IsPublicClient = true, IsMicrosoftFirstParty = true }),
    ];

    public static AppRegistration? Client(string clientId) =>
        Registrations.FirstOrDefault(r => string.Equals(r.ClientId, clientId, StringComparison.OrdinalIgnoreCase));

    /// <summary>The resource a scope's prefix names, by App ID URI or client id.</summary>
    public static AppRegistration? Resource(string identifier) => Registrations.FirstOrDefault(r => r.IsNamedBy(identifier));
}
