using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Privacy.Leavers;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Delta;

namespace Mentoring.Infrastructure.Graph;

/// <summary>Core's directory changes over Graph's users delta query, as the app in the tenant (User.Read.All).</summary>
/// <remarks>
/// learn.microsoft.com/graph/api/user-delta and /graph/delta-query-users: the first round (no link) pages through every user;
/// a round goes on with <c>@odata.nextLink</c> until the page that carries <c>@odata.deltaLink</c>, the link of the next round,
/// which already holds the query's parameters. A deleted user comes as <c>{"id", "@removed": {"reason"}}</c>: "changed" while it
/// can be restored, "deleted" once permanently deleted; both mean the person is gone. Only ids are asked for ($select=id).
/// A stored link that expired (identity delta links live 7 days: devblogs.microsoft.com/microsoft365dev/duration-of-change-tracking-
/// tokens-for-identity-and-education-resources, 400 <c>syncStateNotFound</c>; learn.microsoft.com/graph/delta-query-overview,
/// "Synchronization reset": a 40X error such as <c>syncStateNotFound</c>, and 410 Gone <c>resyncRequired</c> in Graph's error
/// codes, learn.microsoft.com/graph/errors) restarts a full round, marked <see cref="DirectoryDelta.Resynced"/>.
/// </remarks>
internal sealed class GraphDirectoryChanges(GraphClients clients) : IDirectoryChanges
{
    public async Task<Result<DirectoryDelta>> ReadAsync(TenantId tenant, string? link, CancellationToken cancellationToken = default)
    {
        var result = await clients.RunAsync(() => ReadAllAsync(tenant, link, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (result.IsSuccess)
        {
            return result;
        }

        // Only an outage is expected; anything else (a 404 on the delta function itself) is our bug and must not pass for "no change".
        var error = result.Errors[0];
        return error.Kind == ErrorKind.Unavailable
            ? error with { Code = GraphPeopleSource.UnavailableCode }
            : throw new InvalidOperationException($"Graph's users delta answered {error.Kind} ({error.Code}) in tenant {tenant}.");
    }

    /// <summary>The error codes by which Graph says a delta link can no longer be used and a full synchronization is needed.</summary>
    private static readonly HashSet<string> ResyncCodes = new(StringComparer.OrdinalIgnoreCase) { "syncStateNotFound", "syncStateInvalid", "resyncRequired" };

    private async Task<DirectoryDelta> ReadAllAsync(TenantId tenant, string? link, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadRoundAsync(tenant, link, cancellationToken).ConfigureAwait(false);
        }
        catch (ODataError e) when (link is not null && e.ResponseStatusCode is 400 or 410 && ResyncCodes.Contains(e.Error?.Code ?? ""))
        {
            return await ReadRoundAsync(tenant, null, cancellationToken).ConfigureAwait(false) with { Resynced = true };
        }
    }

    private async Task<DirectoryDelta> ReadRoundAsync(TenantId tenant, string? link, CancellationToken cancellationToken)
    {
        var delta = clients.For(tenant).Users.Delta;
        var page = link is null
            ? await delta.GetAsDeltaGetResponseAsync(r => r.QueryParameters.Select = ["id"], cancellationToken).ConfigureAwait(false)
            : await delta.WithUrl(link).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var changes = new List<DirectoryChange>();
        while (true)
        {
            changes.AddRange((page?.Value ?? []).Select(Change).OfType<DirectoryChange>());
            if (page?.OdataDeltaLink is { } next)
            {
                return new DirectoryDelta(changes, next);
            }

            var more = page?.OdataNextLink ?? throw new InvalidOperationException("A users delta page had neither a nextLink nor a deltaLink.");
            page = await delta.WithUrl(more).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    private static DirectoryChange? Change(User user) =>
        Guid.TryParse(user.Id, out var id) && id != Guid.Empty
            ? new DirectoryChange(new PersonId(id), user.AdditionalData?.ContainsKey("@removed") == true)
            : null;
}
