using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Notes;

/// <summary>Use cases: a member writes and reads their own notes on a session. Nobody else, organizer included, ever reads them.</summary>
/// <remarks>Every read goes through the store with the caller as reader: the store's query returns no other member's note.</remarks>
public sealed class PrivateNotes(ICircleBoardStore store, TimeProvider time)
{
    public async Task<Result<Versioned<Note>>> WriteAsync(Caller caller, CircleId id, string sessionId, string? text, CancellationToken cancellationToken = default)
    {
        var board = await store.ReadForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        var session = board.IsSuccess ? SessionAgendas.ExistingSession(board.Value, sessionId) : Result<Scheduling.Session>.Failure(board.Errors);
        var note = Note.Write(id, caller.Id, sessionId, text, time.GetUtcNow());
        if (!session.IsSuccess || !note.IsSuccess)
        {
            return Result<Versioned<Note>>.Failure(session.IsSuccess ? note.Errors : session.Errors);
        }

        return await store.PutAsync(caller.Tenant, id, note.Value, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>My note on a session; an empty one when I wrote none.</summary>
    public async Task<Result<Versioned<Note>>> ReadAsync(Caller caller, CircleId id, string sessionId, CancellationToken cancellationToken = default)
    {
        var board = await store.ReadForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        var session = board.IsSuccess ? SessionAgendas.ExistingSession(board.Value, sessionId) : Result<Scheduling.Session>.Failure(board.Errors);
        if (!session.IsSuccess)
        {
            return Result<Versioned<Note>>.Failure(session.Errors);
        }

        var found = board.Value.ReaderNotes.FirstOrDefault(n => n.SessionId == sessionId && n.Author == caller.Id);
        return new Versioned<Note>(found ?? new Note(Note.IdFor(id, caller.Id, sessionId), caller.Id, sessionId, "", default), "");
    }

    /// <summary>A note by its id: found only among the caller's own notes, so another member's id answers 404.</summary>
    public async Task<Result<Versioned<Note>>> ReadByIdAsync(Caller caller, CircleId id, Guid noteId, CancellationToken cancellationToken = default)
    {
        var board = await store.ReadForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!board.IsSuccess)
        {
            return Result<Versioned<Note>>.Failure(board.Errors);
        }

        var found = board.Value.ReaderNotes.FirstOrDefault(n => n.Id == noteId && n.Author == caller.Id);
        return found is null ? Error.NotFound("note.notFound") : new Versioned<Note>(found, "");
    }
}
