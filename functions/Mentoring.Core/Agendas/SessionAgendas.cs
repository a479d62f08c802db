using Mentoring.Core.Commitments;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Agendas;

/// <summary>Composes a session's agenda from a circle's board, and the rules on when a session's agenda may change.</summary>
public static class SessionAgendas
{
    /// <summary>An agenda stops growing somewhere: a session is an hour, and 200 items is already more than anyone reads.</summary>
    public const int MaxItemsPerSession = 200;

    public static SessionAgenda Compose(CircleBoard board, Session session, PersonId reader, DateTimeOffset now)
    {
        var items = board.Items.Where(i => i.Value.SessionId == session.Id).OrderBy(i => i.Value.Order).ThenBy(i => i.Value.CreatedAt).ThenBy(i => i.Value.Id).ToArray();
        var previous = board.Before(session);
        var starts = board.Sessions.ToDictionary(s => s.Id, s => s.Start);

        // The first session after the one it was made at always reviews it, however early it was closed.
        DateTimeOffset PreviousEnd(Commitment c) => previous is null || previous.Id == c.SessionId ? DateTimeOffset.MinValue : previous.End;
        var due = board.Commitments
            .Where(c => c.Value.SessionId != session.Id && starts.TryGetValue(c.Value.SessionId, out var madeAt) && c.Value.IsDueAt(madeAt, session.Start, PreviousEnd(c.Value)))
            .OrderBy(c => c.Value.CreatedAt).ToArray();
        var made = board.Commitments.Where(c => c.Value.SessionId == session.Id).OrderBy(c => c.Value.CreatedAt).ToArray();
        var hasNote = board.ReaderNotes.Any(n => n.SessionId == session.Id && n.Author == reader && n.Text.Length > 0);
        return new SessionAgenda(board.Circle.Value, session, board.Circle.Value.Schedule?.Organizer, IsOpen(session, now), items, due, made, hasNote)
        {
            Codev = board.Codev.FirstOrDefault(c => c.SessionId == session.Id),
        };
    }

    /// <summary>Items are added and rewritten while a session is coming or going on, not once it is over or cancelled.</summary>
    public static bool IsOpen(Session session, DateTimeOffset now) => session.State == SessionState.Upcoming && session.End > now;

    /// <summary>The session an item may be added to, or why not.</summary>
    public static Result<Session> OpenSession(CircleBoard board, string sessionId, DateTimeOffset now) => board.Session(sessionId) switch
    {
        null => Error.NotFound("session.notFound"),
        { State: SessionState.Cancelled } => Error.Conflict("session.cancelled"),
        var s when !IsOpen(s, now) => Error.Conflict("session.over"),
        var s => s,
    };

    /// <summary>A session of the board, whatever its state.</summary>
    public static Result<Session> ExistingSession(CircleBoard board, string sessionId) =>
        board.Session(sessionId) is { } session ? session : Error.NotFound("session.notFound");

    /// <summary>Reads a board for a member: to anyone else, in any tenant, the circle does not exist.</summary>
    public static async Task<Result<CircleBoard>> ReadForMemberAsync(this ICircleBoardStore store, Caller caller, Circles.CircleId id, CancellationToken cancellationToken)
    {
        var board = await store.ReadAsync(caller.Tenant, id, caller.Id, cancellationToken).ConfigureAwait(false);
        return board is not null && board.Circle.Value.HasMember(caller.Id) ? board : Error.NotFound("circle.notFound");
    }
}
