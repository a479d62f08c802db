using Azure;
using Azure.Data.Tables;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Profiles;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Matching;

/// <summary>Profiles in the Matching table: a point read for one's own, one filtered partition query for a tenant's visible ones,
/// one key range (<see cref="MentorIndex"/>) for the mentors who could be suggested.</summary>
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

    public async Task<IReadOnlyList<Profile>> ListVisibleAmongAsync(TenantId tenant, IReadOnlyCollection<PersonId> people, CancellationToken cancellationToken = default)
    {
        // A point query (both keys) with the visibility in the filter: a hidden profile is answered as absent and never leaves storage.
        var rows = new System.Collections.Concurrent.ConcurrentBag<ProfileEntity>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(people.Distinct(), options, async (person, ct) =>
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Keys.Tenant(tenant)} and RowKey eq {MatchingRows.ProfileRow(person)} and Visibility gt {0}");
            await foreach (var row in tables.Matching.QueryAsync<ProfileEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
            {
                rows.Add(row);
            }
        }).ConfigureAwait(false);
        return unreadable.ReadAll("Matching", [.. rows], MatchingRows.ToProfile);
    }

    public async Task<IReadOnlyList<Profile>> ListAvailableMentorsAsync(TenantId tenant, CancellationToken cancellationToken = default)
    {
        var rows = new List<ProfileEntity>();
        await foreach (var row in tables.Matching.QueryAsync<ProfileEntity>(MentorIndex.Filter(tenant), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            row.RowKey = MatchingRows.ProfileRow(new PersonId(Guid.Parse(row.RowKey[MentorIndex.Prefix.Length..])));
            rows.Add(row);
        }

        return unreadable.ReadAll("Matching", rows, MatchingRows.ToProfile);
    }

    public async Task<Result<string>> SaveAsync(Profile profile, string? version, CancellationToken cancellationToken = default)
    {
        try
        {
            var entity = MatchingRows.ToEntity(profile);
            TableTransactionAction[] actions =
            [
                version is null ? new(TableTransactionActionType.UpsertReplace, entity) : new(TableTransactionActionType.UpdateReplace, entity, new ETag(version)),
                MentorIndex.StepWith(profile),
            ];
            var response = await IndexedWrite.SubmitAsync(tables.Matching, actions, cancellationToken).ConfigureAwait(false);
            return response.Value[0].Headers.ETag?.ToString() ?? throw new InvalidOperationException("Table Storage returned no ETag.");
        }
        catch (TableTransactionFailedException e) when (e.Status is 412 or 404)
        {
            return Error.Conflict("profile.changed");
        }
    }
}
