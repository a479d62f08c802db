using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Agendas;

/// <summary>Use case: a member reads one session's agenda (the side panel's view), from one partition query.</summary>
public sealed class GetSessionAgenda(ICircleBoardStore store, TimeProvider time)
{
    public async Task<Result<SessionAgenda>> ExecuteAsync(Caller caller, CircleId id, string sessionId, CancellationToken cancellationToken = default)
    {
        var board = await store.ReadForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!board.IsSuccess)
        {
            return Result<SessionAgenda>.Failure(board.Errors);
        }

        var session = SessionAgendas.ExistingSession(board.Value, sessionId);
        return session.Map(s => SessionAgendas.Compose(board.Value, s, caller.Id, time.GetUtcNow()));
    }
}
