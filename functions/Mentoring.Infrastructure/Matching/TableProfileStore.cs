using Azure;
using Azure.Data.Tables;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Profiles;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Matching;

/// <summary>Profiles in the Matching table: a point read for one's own, one filtered partition query for a tenant's visible ones.</summary>
internal sealed class TableProfileStore(Tables tables, UnreadableRows unreadable) : IProfileStore
{
    public async Task<Versioned<Profile>?> FindAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default)
    {
        var found = await tables.Matching.GetEntityIfExistsAsync<ProfileEntity>(Keys.Tenant(tenant), MatchingRows.ProfileRow(person), cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? new Versioned<Profile>(MatchingRows.ToProfile(found.Value!), found.Value!.ETag.ToString()) : null;
    }

    public async Task<IReadOnlyList<Profile>> ListVisibleAsync(TenantId tenant, CancellationToken cancellationToken = default)
    {
        // The hidden ones are filtered by the table itself: they never leave storage.
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Keys.Tenant(tenant)} and RowKey ge {MatchingRows.ProfilePrefix} and RowKey lt {MatchingRows.End(MatchingRows.ProfilePrefix)} and Visibility gt {0}");
        var rows = new List<ProfileEntity>();
        await foreach (var row in tables.Matching.QueryAsync<ProfileEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return unreadable.ReadAll("Matching", rows, MatchingRows.ToProfile);
    }

    public async Task<Result<string>> SaveAsync(Profile profile, string? version, CancellationToken cancellationToken = default)
    {
        try
        {
            var entity = MatchingRows.ToEntity(profile);
            var response = version is null
                ? await tables.Matching.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false)
                : await tables.Matching.UpdateEntityAsync(entity, new ETag(version), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return response.Headers.ETag?.ToString() ?? throw new InvalidOperationException("Table Storage returned no ETag.");
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return Error.Conflict("profile.changed");
        }
    }
}
