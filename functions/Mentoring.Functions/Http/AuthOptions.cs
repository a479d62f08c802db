using System.ComponentModel.DataAnnotations;

namespace Mentoring.Functions.Http;

/// <summary>What a valid token must also carry, beyond what Microsoft.Identity.Web checks. Bound from <c>Auth</c>.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>The delegated scope the tabs and the task pane request.</summary>
    public string RequiredScope { get; set; } = "access_as_user";

    /// <summary>The customer tenants allowed to use this deployment, comma-separated tenant ids: the app setting infra-bicep writes.</summary>
    public string AllowedTenantIds { get; set; } = "";

    /// <summary>The allow-list itself, read from <see cref="AllowedTenantIds"/> at start; an empty one refuses the start.</summary>
    [MinLength(1, ErrorMessage = "Auth:AllowedTenantIds must name at least one tenant: the API refuses every tenant it does not list.")]
    public IReadOnlyList<Guid> AllowedTenants { get; set; } = [];

    /// <summary>Client apps allowed besides Teams, Outlook and Microsoft 365 (<see cref="KnownClients"/>) and the API's own app.</summary>
    public IReadOnlyList<Guid> AllowedClients { get; set; } = [];

    /// <summary>The API's own client id (from <c>AzureAd:ClientId</c>): its own front end signs in with it.</summary>
    public string ApiClientId { get; set; } = "";

    /// <summary>Entra ID's root (from <c>AzureAd:Instance</c>): a token's issuer must be the v2 one of its tenant under it.</summary>
    public string Instance { get; set; } = "https://login.microsoftonline.com/";
}
