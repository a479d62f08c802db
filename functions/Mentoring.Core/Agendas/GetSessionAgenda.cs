using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Agendas;

/// <summary>Use case: a member reads one session's agenda (the side panel's view), from one partition query.</summary>
/// <remarks>The organizer's read adds one point read: whether the agenda could not be placed in the Outlook invitation (markers lost).</remarks>
public sealed class GetSessionAgenda(ICircleBoardStore store, IAgendaAttachments attachments, TimeProvider time)
{
    public async Task<Result<SessionAgenda>> ExecuteAsync(Caller caller, CircleId id, string sessionId, CancellationToken cancellationToken = default)
    {
        var board = await store.ReadForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!board.IsSuccess)
        {
            return Result<SessionAgenda>.Failure(board.Errors);
        }

        var session = SessionAgendas.ExistingSession(board.Value, sessionId);
        if (!session.IsSuccess)
        {
            return Result<SessionAgenda>.Failure(session.Errors);
        }

        var agenda = SessionAgendas.Compose(board.Value, session.Value, caller.Id, time.GetUtcNow());
        if (agenda.Organizer != caller.Id)
        {
            return agenda;
        }

        // Only the organizer can mend the invitation (it lives in their calendar), so only they are told.
        var attachment = await attachments.FindAsync(caller.Tenant, id, sessionId, cancellationToken).ConfigureAwait(false);
        return agenda with { OutlookMarkersLost = attachment?.MarkersLost ?? false };
    }
}
