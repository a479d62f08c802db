using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Commitments;

/// <summary>Use cases: a member commits to an action at a session, and later marks it done or dropped (their own only).</summary>
public sealed class CommitmentActions(ICircleBoardStore store, AgendaPublishing publishing, Goals.IGoalStore goals, TimeProvider time)
{
    public async Task<Result<Versioned<Commitment>>> MakeAsync(Caller caller, CircleId id, string sessionId, CommitmentDraft draft, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        var commitmentId = EntryIds.For(caller, idempotencyKey, time);
        var board = await store.ReadForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!commitmentId.IsSuccess || !board.IsSuccess)
        {
            return Result<Versioned<Commitment>>.Failure(board.IsSuccess ? commitmentId.Errors : board.Errors);
        }

        var session = SessionAgendas.ExistingSession(board.Value, sessionId);
        if (!session.IsSuccess || session.Value.State == SessionState.Cancelled)
        {
            return session.IsSuccess ? Error.Conflict("session.cancelled") : Result<Versioned<Commitment>>.Failure(session.Errors);
        }

        var served = await CheckGoalAsync(caller, id, draft.GoalId, cancellationToken).ConfigureAwait(false);
        if (served is not null)
        {
            return served;
        }

        var now = time.GetUtcNow();
        var zone = TimeZones.Get(board.Value.Circle.Value.Cadence.TimeZone);
        var next = board.Value.After(session.Value) is { } after ? TimeZones.DateIn(zone, after.Start) : (DateOnly?)null;
        var made = Commitment.Create(commitmentId.Value, sessionId, caller.Id, draft.Text, draft.DueDate, TimeZones.DateIn(zone, now), next, now, draft.GoalId);
        var retried = board.Value.Commitments.FirstOrDefault(c => c.Value.Id == commitmentId.Value);
        if (!made.IsSuccess || retried is not null)
        {
            return retried is null ? Result<Versioned<Commitment>>.Failure(made.Errors) : SameRequest(retried, made);
        }

        var stored = await store.AddAsync(caller.Tenant, id, made.Value, cancellationToken).ConfigureAwait(false);
        await publishing.MarkNextAsync(board.Value, cancellationToken).ConfigureAwait(false);
        return SameRequest(stored, made);
    }

    public async Task<Result<Versioned<Commitment>>> CloseAsync(Caller caller, CircleId id, Guid commitmentId, CommitmentPatch patch, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        var target = patch.State?.ToLowerInvariant() switch
        {
            "done" => CommitmentState.Done,
            "dropped" => CommitmentState.Dropped,
            _ => (CommitmentState?)null,
        };
        if (target is null)
        {
            return Error.Invalid("state", "commitment.state.invalid");
        }

        var board = await store.ReadForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!board.IsSuccess)
        {
            return Result<Versioned<Commitment>>.Failure(board.Errors);
        }

        var closed = await store.ChangeAsync<Commitment>(
            caller, id, commitmentId.ToString("N"), expectedVersion, c => c.Close(caller.Id, target.Value, patch.Reason, time.GetUtcNow()), "commitment.notFound", cancellationToken).ConfigureAwait(false);
        if (closed.IsSuccess)
        {
            await publishing.MarkNextAsync(board.Value, cancellationToken).ConfigureAwait(false);
        }

        return closed;
    }

    /// <summary>A commitment serves only one of its author's own goals in the circle: anyone else's is refused, naming the field.</summary>
    private async Task<Error?> CheckGoalAsync(Caller caller, CircleId id, Guid? goalId, CancellationToken cancellationToken)
    {
        if (goalId is null)
        {
            return null;
        }

        var board = await goals.ReadAsync(caller.Tenant, id, caller.Id, cancellationToken).ConfigureAwait(false);
        return board.Of(caller.Id).Any(g => g.Value.Id == goalId) ? null : Error.Invalid("goalId", "commitment.goal.notYours");
    }

    private static Result<Versioned<Commitment>> SameRequest(Versioned<Commitment> stored, Result<Commitment> asked) =>
        asked.IsSuccess && (stored.Value.Author, stored.Value.Text, stored.Value.SessionId) == (asked.Value.Author, asked.Value.Text, asked.Value.SessionId)
            ? stored
            : Error.Conflict("idempotencyKey.otherRequest");
}
