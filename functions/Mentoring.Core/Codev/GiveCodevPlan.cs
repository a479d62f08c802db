using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Codev;

/// <summary>Use case: the client gives their action plan (client only, once); it becomes their commitments and the consultants' thanks.</summary>
public sealed class GiveCodevPlan(ICircleBoardStore store, AgendaPublishing publishing, TimeProvider time)
{
    public async Task<Result<CodevSession>> ExecuteAsync(Caller caller, CircleId id, string sessionId, CodevPlanDraft draft, CancellationToken cancellationToken = default)
    {
        var board = await store.ReadForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!board.IsSuccess)
        {
            return Result<CodevSession>.Failure(board.Errors);
        }

        var codev = await store.FindAsync<CodevSession>(caller.Tenant, id, sessionId, caller.Id, cancellationToken).ConfigureAwait(false);
        if (codev is null)
        {
            return Error.NotFound("codev.notStarted");
        }

        var now = time.GetUtcNow();
        var given = codev.Value.PlanGiven(caller.Id, now);
        if (!given.IsSuccess)
        {
            return given;
        }

        var session = SessionAgendas.ExistingSession(board.Value, sessionId);
        if (!session.IsSuccess)
        {
            return Result<CodevSession>.Failure(session.Errors);
        }

        var zone = TimeZones.Get(board.Value.Circle.Value.Cadence.TimeZone);
        var next = board.Value.After(session.Value) is { } after ? TimeZones.DateIn(zone, after.Start) : (DateOnly?)null;
        var entries = CodevPlan.Entries(board.Value, codev.Value, draft, TimeZones.DateIn(zone, now), next, now);
        if (!entries.IsSuccess)
        {
            return Result<CodevSession>.Failure(entries.Errors);
        }

        foreach (var entry in entries.Value)
        {
            await AddAsync(caller.Tenant, id, entry, cancellationToken).ConfigureAwait(false);
        }

        var saved = await store.ReplaceAsync(caller.Tenant, id, given.Value, codev.Version, cancellationToken).ConfigureAwait(false);
        await publishing.MarkNextAsync(board.Value, cancellationToken).ConfigureAwait(false);
        return saved.Map(_ => given.Value);
    }

    private Task AddAsync(TenantId tenant, CircleId id, ICircleEntry entry, CancellationToken cancellationToken) => entry switch
    {
        Commitments.Commitment c => store.AddAsync(tenant, id, c, cancellationToken),
        Reciprocity.Thanks t => store.AddAsync(tenant, id, t, cancellationToken),
        _ => throw new NotSupportedException(entry.GetType().Name),
    };
}
