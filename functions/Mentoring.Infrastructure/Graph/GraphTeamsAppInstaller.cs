using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Infrastructure.Bot;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace Mentoring.Infrastructure.Graph;

/// <summary>Installs the product's Teams app for a person (Graph, TeamsAppInstallation.ReadWriteSelfForUser.All), so the bot may write to them.</summary>
internal sealed class GraphTeamsAppInstaller(GraphClients clients, IOptions<GraphOptions> graph, IOptions<BotOptions> bot)
{
    /// <summary>Installed, or already there (Graph answers 409); errors as <see cref="GraphCall"/> maps them.</summary>
    public Task<Result<bool>> InstallAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken) =>
        clients.RunAsync(async () =>
        {
            var installation = new UserScopeTeamsAppInstallation
            {
                AdditionalData = new Dictionary<string, object>
                {
                    ["teamsApp@odata.bind"] = $"{graph.Value.BaseUrl.TrimEnd('/')}/appCatalogs/teamsApps/{bot.Value.TeamsAppId}",
                },
            };
            try
            {
                await clients.For(tenant).Users[person.ToString()].Teamwork.InstalledApps.PostAsync(installation, cancellationToken: cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (ApiException e) when (e.ResponseStatusCode == 409)
            {
                return false;
            }
        }, cancellationToken);

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
