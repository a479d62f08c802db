using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Codev;

/// <summary>Use cases before a co-développement session: propose the next client and animateur, then start it (the group may swap).</summary>
public sealed class StartCodev(ICircleBoardStore store, AgendaPublishing publishing, TimeProvider time)
{
    public async Task<Result<CodevProposal>> ProposeAsync(Caller caller, CircleId id, string sessionId, IReadOnlyList<string>? absent, CancellationToken cancellationToken = default)
    {
        var board = await OpenPeerSessionAsync(caller, id, sessionId, cancellationToken).ConfigureAwait(false);
        if (!board.IsSuccess)
        {
            return Result<CodevProposal>.Failure(board.Errors);
        }

        var away = MembersNamed(board.Value.Circle.Value, absent, "absent");
        if (!away.IsSuccess)
        {
            return Result<CodevProposal>.Failure(away.Errors);
        }

        var roles = CodevRotation.Propose(Order(board.Value), History(board.Value, sessionId), away.Value.ToHashSet());
        return roles.Map(r => new CodevProposal(board.Value.Circle.Value, r, CodevTimings.Default));
    }

    public async Task<Result<Versioned<CodevSession>>> StartAsync(Caller caller, CircleId id, string sessionId, CodevStartDraft draft, CancellationToken cancellationToken = default)
    {
        var board = await OpenPeerSessionAsync(caller, id, sessionId, cancellationToken).ConfigureAwait(false);
        if (!board.IsSuccess)
        {
            return Result<Versioned<CodevSession>>.Failure(board.Errors);
        }

        if (board.Value.Codev.Any(c => c.SessionId == sessionId))
        {
            return Error.Conflict("codev.alreadyStarted");
        }

        var roles = ChosenRoles(board.Value, sessionId, draft);
        var timings = CodevTimings.Create(draft.Minutes, CodevTimings.Default);
        if (!roles.IsSuccess || !timings.IsSuccess)
        {
            return Result<Versioned<CodevSession>>.Failure([.. roles.Errors, .. timings.Errors]);
        }

        var absent = MembersNamed(board.Value.Circle.Value, draft.Absent, "absent").Value;
        var started = CodevSession.Start(sessionId, caller.Id, roles.Value, absent, timings.Value, time.GetUtcNow());
        var added = await store.AddAsync(caller.Tenant, id, started, cancellationToken).ConfigureAwait(false);

        // The session's agenda now follows co-développement's template: the Outlook invitation is republished with it.
        await publishing.MarkAsync(board.Value, board.Value.Session(sessionId), cancellationToken).ConfigureAwait(false);
        return added;
    }

    /// <summary>The roles the group chose, or the proposal for what it left out; both checked against who is present.</summary>
    private static Result<CodevRoles> ChosenRoles(CircleBoard board, string sessionId, CodevStartDraft draft)
    {
        var circle = board.Circle.Value;
        var absent = MembersNamed(circle, draft.Absent, "absent");
        var client = MembersNamed(circle, draft.Client is null ? [] : [draft.Client], "client");
        var animateur = MembersNamed(circle, draft.Animateur is null ? [] : [draft.Animateur], "animateur");
        if (!absent.IsSuccess || !client.IsSuccess || !animateur.IsSuccess)
        {
            return Result<CodevRoles>.Failure([.. absent.Errors, .. client.Errors, .. animateur.Errors]);
        }

        var away = absent.Value.ToHashSet();
        var proposed = CodevRotation.Propose(Order(board), History(board, sessionId), away);
        if (!proposed.IsSuccess && (client.Value.Count == 0 || animateur.Value.Count == 0))
        {
            return proposed;
        }

        var chosenClient = client.Value.Count > 0 ? client.Value[0] : proposed.Value.Client;
        var chosenAnimateur = animateur.Value.Count > 0 ? animateur.Value[0] : proposed.Value.Animateur;
        var present = Order(board).Where(m => !away.Contains(m)).ToArray();
        return CodevRules.Check(present, chosenClient, chosenAnimateur);
    }

    private async Task<Result<CircleBoard>> OpenPeerSessionAsync(Caller caller, CircleId id, string sessionId, CancellationToken cancellationToken)
    {
        var board = await store.ReadForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!board.IsSuccess)
        {
            return board;
        }

        if (board.Value.Circle.Value.Kind != CircleKind.PeerGroup)
        {
            return Error.Conflict("codev.peerGroupOnly");
        }

        var session = SessionAgendas.OpenSession(board.Value, sessionId, time.GetUtcNow());
        return session.Map(_ => board.Value);
    }

    /// <summary>The members in the circle's order: the rotation's order.</summary>
    private static IReadOnlyList<PersonId> Order(CircleBoard board) => [.. board.Circle.Value.Members.Select(m => m.PersonId)];

    /// <summary>The roles held at the circle's earlier co-développement sessions, in the order the sessions were held.</summary>
    private static IReadOnlyList<CodevRoles> History(CircleBoard board, string sessionId)
    {
        var starts = board.Sessions.ToDictionary(s => s.Id, s => s.Start);
        return [.. board.Codev.Where(c => c.SessionId != sessionId && starts.ContainsKey(c.SessionId)).OrderBy(c => starts[c.SessionId]).Select(c => c.Roles)];
    }

    private static Result<IReadOnlyList<PersonId>> MembersNamed(Circle circle, IReadOnlyList<string>? ids, string field)
    {
        var found = new List<PersonId>();
        foreach (var text in ids ?? [])
        {
            if (!PersonId.TryParse(text, out var person) || !circle.HasMember(person))
            {
                return Error.Invalid(field, "member.notFound");
            }

            found.Add(person);
        }

        return found;
    }
}
