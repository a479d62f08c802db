using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Codev;

/// <summary>Use cases during a co-développement session: everyone reads where it is; the animateur moves the phase and the timings.</summary>
/// <remarks>
/// Reading is what every attendee polls about once a second: two point reads (the circle row for membership, the session's
/// co-développement row), never the whole partition.
/// </remarks>
public sealed class RunCodev(ICircleStore circles, ICircleBoardStore store, TimeProvider time)
{
    public async Task<Result<CodevView>> ReadAsync(Caller caller, CircleId id, string sessionId, CancellationToken cancellationToken = default)
    {
        var circle = await circles.FindForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!circle.IsSuccess)
        {
            return Result<CodevView>.Failure(circle.Errors);
        }

        var codev = await store.FindAsync<CodevSession>(caller.Tenant, id, sessionId, caller.Id, cancellationToken).ConfigureAwait(false);
        if (codev is null)
        {
            return Error.NotFound("codev.notStarted");
        }

        return new CodevView(circle.Value.Value, codev, time.GetUtcNow());
    }

    public async Task<Result<CodevView>> MoveAsync(Caller caller, CircleId id, string sessionId, CodevMove move, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        if (!Enum.TryParse<CodevPhase>(move.Phase, ignoreCase: true, out var phase) || !Enum.IsDefined(phase) || int.TryParse(move.Phase, out _))
        {
            return Error.Invalid("phase", "codev.phase.unknown");
        }

        return await ChangeAsync(caller, id, sessionId, expectedVersion, c => c.MoveTo(caller.Id, phase, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
    }

    public Task<Result<CodevView>> RetimeAsync(Caller caller, CircleId id, string sessionId, CodevMinutes minutes, string? expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(caller, id, sessionId, expectedVersion, c => c.Retime(caller.Id, minutes), cancellationToken);

    private async Task<Result<CodevView>> ChangeAsync(
        Caller caller, CircleId id, string sessionId, string? expectedVersion, Func<CodevSession, Result<CodevSession>> change, CancellationToken cancellationToken)
    {
        var circle = await circles.FindForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!circle.IsSuccess)
        {
            return Result<CodevView>.Failure(circle.Errors);
        }

        var changed = await store.ChangeAsync(caller, id, sessionId, expectedVersion, change, "codev.notStarted", cancellationToken).ConfigureAwait(false);
        return changed.Map(c => new CodevView(circle.Value.Value, c, time.GetUtcNow()));
    }
}
