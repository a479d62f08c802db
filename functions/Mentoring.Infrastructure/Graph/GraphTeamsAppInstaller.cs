using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Infrastructure.Bot;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace Mentoring.Infrastructure.Graph;

/// <summary>Installs the product's Teams app for a person (Graph, TeamsAppInstallation.ReadWriteSelfForUser.All), so the bot may write to them.</summary>
/// <remarks>
/// The install names the app by the tenant's catalog id (<see cref="TeamsAppCatalog"/>). Graph answers an unknown app and an
/// unknown user alike, 404 <c>NotFound</c> (company-communicator#239: "Code: NotFound Message: Not Found" for a wrong app id;
/// msgraph-sdk-java#1445: "NotFound", "User Id '…' not found."), so a 404 is never read as the person being gone by itself: the
/// catalog is asked again (a republished app has a new id, tried once), and only when the app's id holds is the person looked
/// up in the directory (<c>GET /users/{id}</c>, 404 there is the person gone).
/// </remarks>
internal sealed partial class GraphTeamsAppInstaller(
    GraphClients clients, TeamsAppCatalog catalog, IOptions<BotOptions> bot, ILogger<GraphTeamsAppInstaller> logger)
{
    /// <summary>Installed, already there, the person gone, or the app not in the tenant's catalog; errors as <see cref="GraphCall"/> maps them.</summary>
    public async Task<Result<AppInstall>> InstallAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken)
    {
        var found = await catalog.CatalogIdAsync(tenant, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return Result<AppInstall>.Failure(found.Errors);
        }

        if (found.Value is not { } catalogId)
        {
            return NotInCatalog(tenant, null);
        }

        var installed = await PostAsync(tenant, person, catalogId, cancellationToken).ConfigureAwait(false);
        if (!installed.IsSuccess)
        {
            return Result<AppInstall>.Failure(installed.Errors);
        }

        if (installed.Value is { } answered)
        {
            return answered;
        }

        return await DiagnoseNotFoundAsync(tenant, person, catalogId, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Result<AppInstall>> DiagnoseNotFoundAsync(TenantId tenant, PersonId person, string catalogId, CancellationToken cancellationToken)
    {
        catalog.Forget(tenant, catalogId);
        var again = await catalog.CatalogIdAsync(tenant, cancellationToken).ConfigureAwait(false);
        if (!again.IsSuccess)
        {
            return Result<AppInstall>.Failure(again.Errors);
        }

        if (again.Value is not { } current)
        {
            return NotInCatalog(tenant, catalogId);
        }

        if (current != catalogId)
        {
            var retried = await PostAsync(tenant, person, current, cancellationToken).ConfigureAwait(false);
            if (!retried.IsSuccess)
            {
                return Result<AppInstall>.Failure(retried.Errors);
            }

            if (retried.Value is { } answered)
            {
                return answered;
            }
        }

        var exists = await PersonExistsAsync(tenant, person, cancellationToken).ConfigureAwait(false);
        if (!exists.IsSuccess)
        {
            return Result<AppInstall>.Failure(exists.Errors);
        }

        return exists.Value ? NotInCatalog(tenant, current) : AppInstall.PersonNotFound;
    }

    /// <summary>Installed or already there; null when Graph answered 404 (the app or the person: told apart by the caller).</summary>
    private Task<Result<AppInstall?>> PostAsync(TenantId tenant, PersonId person, string catalogId, CancellationToken cancellationToken) =>
        clients.RunAsync<AppInstall?>(async () =>
        {
            var installation = new UserScopeTeamsAppInstallation
            {
                AdditionalData = new Dictionary<string, object>
                {
                    ["teamsApp@odata.bind"] = $"{clients.BaseUrl}/appCatalogs/teamsApps/{catalogId}",
                },
            };
            try
            {
                await clients.For(tenant).Users[person.ToString()].Teamwork.InstalledApps.PostAsync(installation, cancellationToken: cancellationToken).ConfigureAwait(false);
                return AppInstall.Installed;
            }
            catch (ApiException e) when (e.ResponseStatusCode == 409)
            {
                return AppInstall.AlreadyInstalled;
            }
            catch (ApiException e) when (e.ResponseStatusCode == 404)
            {
                return null;
            }
        }, cancellationToken);

    private Task<Result<bool>> PersonExistsAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken) =>
        clients.RunAsync(async () =>
        {
            try
            {
                await clients.For(tenant).Users[person.ToString()].GetAsync(r => r.QueryParameters.Select = ["id"], cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (ApiException e) when (e.ResponseStatusCode == 404)
            {
                return false;
            }
        }, cancellationToken);

    private AppInstall NotInCatalog(TenantId tenant, string? catalogId)
    {
        LogNotInCatalog(tenant, bot.Value.TeamsAppId, catalogId ?? "(none)");
        return AppInstall.AppNotInCatalog;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Teams app {ManifestId} cannot be installed in tenant {Tenant} (catalog id {CatalogId}): publish it to the "
        + "organization's app catalog and grant AppCatalog.Read.All. First cards wait for it; nobody is marked as gone.")]
    private partial void LogNotInCatalog(TenantId tenant, string manifestId, string catalogId);

    /// <summary>
    /// Whether the person has the product's app already (by themselves or their admin's setup policy):
    /// <c>GET /users/{id}/teamwork/installedApps?$filter=teamsApp/externalId eq '{manifest id}'</c>
    /// (learn.microsoft.com/graph/api/userteamwork-list-installedapps, "filter by teamsApp/externalId").
    /// </summary>
    public Task<Result<bool>> IsInstalledAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken) =>
        clients.RunAsync(async () =>
        {
            var found = await clients.For(tenant).Users[person.ToString()].Teamwork.InstalledApps.GetAsync(
                r => r.QueryParameters.Filter = $"teamsApp/externalId eq '{bot.Value.TeamsAppId}'", cancellationToken).ConfigureAwait(false);
            return found?.Value is { Count: > 0 };
        }, cancellationToken);
}
