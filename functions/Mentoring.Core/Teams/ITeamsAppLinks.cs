using Mentoring.Core.Common;

namespace Mentoring.Core.Teams;

/// <summary>Teams deep links to the product's tab and meeting panel, as a tenant's Teams opens them.</summary>
/// <remarks>
/// An app submitted to a tenant's organization catalog is named in deep links by its org catalog id, not by the manifest's id
/// ("App ID for different types of apps", learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-application),
/// and each tenant's catalog gives the app its own id. The links are configured with the manifest's id (right for a custom app
/// a person uploaded); this port gives the tenant's.
/// </remarks>
public interface ITeamsAppLinks
{
    /// <summary><paramref name="configured"/> with the manifest's app id replaced by the tenant's catalog id, when its catalog has the app.</summary>
    Task<Uri> ForTenantAsync(TenantId tenant, Uri configured, CancellationToken cancellationToken = default);
}
