using Azure;
using Azure.Data.Tables;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Profiles;
using Mentoring.Core.Requests;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Matching;

/// <summary>Mentor requests in the tenant's Matching partition; acceptance is one entity group transaction with the mentor's profile.</summary>
internal sealed class TableMentorRequestStore(Tables tables, UnreadableRows unreadable) : IMentorRequestStore
{
    public async Task<(Versioned<MentorRequest> Stored, bool Added)> AddAsync(MentorRequest request, CancellationToken cancellationToken = default)
    {
        // Before the request: its cards are kept under its future mentorship's id, which an erasure of either must reach.
        await PersonReach.WriteAsync(tables, request.Tenant, request.Circle, [request.Mentee, request.Mentor], cancellationToken).ConfigureAwait(false);
        try
        {
            var response = await tables.Matching.AddEntityAsync(MatchingRows.ToEntity(request), cancellationToken).ConfigureAwait(false);
            return (new(request, response.Headers.ETag?.ToString() ?? throw new InvalidOperationException("Table Storage returned no ETag.")), true);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var stored = await FindAsync(request.Tenant, request.Id, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The request existed a moment ago and is gone.", e);
            return (stored, false);
        }
    }

    public async Task<Versioned<MentorRequest>?> FindAsync(TenantId tenant, Guid id, CancellationToken cancellationToken = default)
    {
        var found = await tables.Matching.GetEntityIfExistsAsync<MentorRequestEntity>(Keys.Tenant(tenant), MatchingRows.RequestRow(id), cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? new Versioned<MentorRequest>(MatchingRows.ToRequest(found.Value!), found.Value!.ETag.ToString()) : null;
    }

    public async Task<IReadOnlyList<MentorRequest>> ListForAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {Keys.Tenant(tenant)} and RowKey ge {MatchingRows.RequestPrefix} and RowKey lt {MatchingRows.End(MatchingRows.RequestPrefix)} and (Mentee eq {person.Value} or Mentor eq {person.Value})");
        var rows = new List<MentorRequestEntity>();
        await foreach (var row in tables.Matching.QueryAsync<MentorRequestEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return unreadable.ReadAll("Matching", rows, MatchingRows.ToRequest);
    }

    public async Task<Result<string>> ReplaceAsync(MentorRequest after, string version, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await tables.Matching.UpdateEntityAsync(MatchingRows.ToEntity(after), new ETag(version), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return response.Headers.ETag?.ToString() ?? throw new InvalidOperationException("Table Storage returned no ETag.");
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return Error.Conflict("request.changed");
        }
    }

    public async Task<Result<Unit>> AcceptAsync(MentorRequest accepted, string requestVersion, Versioned<Profile>? mentorAfter, CancellationToken cancellationToken = default)
    {
        List<TableTransactionAction> actions = [new(TableTransactionActionType.UpdateReplace, MatchingRows.ToEntity(accepted), new ETag(requestVersion))];
        if (mentorAfter is not null)
        {
            actions.Add(new(TableTransactionActionType.UpdateReplace, MatchingRows.ToEntity(mentorAfter.Value), new ETag(mentorAfter.Version)));
        }

        try
        {
            await tables.Matching.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return Unit.Value;
        }
        catch (TableTransactionFailedException e) when (e.Status is 412 or 404)
        {
            return Error.Conflict("request.changed");
        }
    }
}
