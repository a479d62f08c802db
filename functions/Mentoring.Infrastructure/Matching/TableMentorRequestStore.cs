using Azure;
using Azure.Data.Tables;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Profiles;
using Mentoring.Core.Requests;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Matching;

/// <summary>Mentor requests in the tenant's Matching partition, with a copy per party (<see cref="RequestCopies"/>); acceptance is one
/// entity group transaction with the mentor's profile and the suggestions' index (<see cref="MentorIndex"/>).</summary>
internal sealed class TableMentorRequestStore(Tables tables, UnreadableRows unreadable) : IMentorRequestStore
{
    public async Task<(Versioned<MentorRequest> Stored, bool Added)> AddAsync(MentorRequest request, CancellationToken cancellationToken = default)
    {
        // Before the request: its cards are kept under its future mentorship's id, which an erasure of either must reach.
        await PersonReach.WriteAsync(tables, request.Tenant, request.Circle, [request.Mentee, request.Mentor], cancellationToken).ConfigureAwait(false);
        try
        {
            TableTransactionAction[] actions = [new(TableTransactionActionType.Add, MatchingRows.ToEntity(request)), .. RequestCopies.Of(request)];
            var response = await tables.Matching.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return (new(request, response.Value[0].Headers.ETag?.ToString() ?? throw new InvalidOperationException("Table Storage returned no ETag.")), true);
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
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
        var rows = new List<MentorRequestEntity>();
        await foreach (var row in tables.Matching.QueryAsync<MentorRequestEntity>(RequestCopies.Filter(tenant, person), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(RequestCopies.AsRequestRow(row));
        }

        return unreadable.ReadAll("Matching", rows, MatchingRows.ToRequest);
    }

    public async Task<Result<string>> ReplaceAsync(MentorRequest after, string version, CancellationToken cancellationToken = default)
    {
        try
        {
            TableTransactionAction[] actions = [new(TableTransactionActionType.UpdateReplace, MatchingRows.ToEntity(after), new ETag(version)), .. RequestCopies.Of(after)];
            var response = await tables.Matching.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return response.Value[0].Headers.ETag?.ToString() ?? throw new InvalidOperationException("Table Storage returned no ETag.");
        }
        catch (TableTransactionFailedException e) when (e.Status == 412)
        {
            return Error.Conflict("request.changed");
        }
    }

    public async Task<Result<Unit>> AcceptAsync(MentorRequest accepted, string requestVersion, Versioned<Profile>? mentorAfter, CancellationToken cancellationToken = default)
    {
        List<TableTransactionAction> actions = [new(TableTransactionActionType.UpdateReplace, MatchingRows.ToEntity(accepted), new ETag(requestVersion)), .. RequestCopies.Of(accepted)];
        if (mentorAfter is not null)
        {
            // The place taken may have been the mentor's last: the suggestions' index follows in the same transaction.
            actions.Add(new(TableTransactionActionType.UpdateReplace, MatchingRows.ToEntity(mentorAfter.Value), new ETag(mentorAfter.Version)));
            actions.Add(MentorIndex.StepWith(mentorAfter.Value));
        }

        try
        {
            await IndexedWrite.SubmitAsync(tables.Matching, actions, cancellationToken).ConfigureAwait(false);
            return Unit.Value;
        }
        catch (TableTransactionFailedException e) when (e.Status is 412 or 404)
        {
            return Error.Conflict("request.changed");
        }
    }
}
