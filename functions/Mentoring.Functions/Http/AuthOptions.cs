namespace Mentoring.Functions.Http;

/// <summary>What a valid token must also carry, beyond what Microsoft.Identity.Web checks. Bound from <c>Auth</c>.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>The delegated scope the tabs and the task pane request.</summary>
    public string RequiredScope { get; set; } = "access_as_user";

    /// <summary>Tenants allowed to use this deployment; empty allows any tenant (multi-tenant app).</summary>
    public IReadOnlyList<Guid> AllowedTenants { get; set; } = [];
}
