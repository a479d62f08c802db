using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Relationship;

/// <summary>Use cases: a circle's members read, write, confirm and extend their agreement. Members only: a non-member gets the
/// circle's 404, as everywhere else.</summary>
public sealed class AgreementActions(ICircleStore circles, IRelationshipStore store, TimeProvider time)
{
    public async Task<Result<AgreementView>> ReadAsync(Caller caller, CircleId id, CancellationToken cancellationToken = default)
    {
        var circle = await circles.FindForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!circle.IsSuccess)
        {
            return Result<AgreementView>.Failure(circle.Errors);
        }

        var board = await store.ReadAsync(caller.Tenant, id, cancellationToken).ConfigureAwait(false);
        return ViewOf(circle.Value.Value, board, caller.Id);
    }

    /// <summary>Writes the first version or a revision; the writer, like everyone, then confirms it.</summary>
    public async Task<Result<AgreementView>> WriteAsync(Caller caller, CircleId id, AgreementDraft draft, CancellationToken cancellationToken = default) =>
        await ChangeAsync(caller, id, (circle, current) =>
            Agreement.Write(current, circle.Kind == CircleKind.PeerGroup, draft, caller.Id, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);

    /// <summary>Adds months to a written agreement, never past twelve in all.</summary>
    public async Task<Result<AgreementView>> ExtendAsync(Caller caller, CircleId id, int? months, CancellationToken cancellationToken = default) =>
        await ChangeAsync(caller, id, (_, current) => current is null
            ? Error.NotFound("agreement.notFound")
            : current.Extend(months, caller.Id, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);

    /// <summary>The caller agrees to <paramref name="version"/>, which must be the current one (what they read is what they confirm).</summary>
    public async Task<Result<AgreementView>> ConfirmAsync(Caller caller, CircleId id, int? version, CancellationToken cancellationToken = default)
    {
        var circle = await OpenAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!circle.IsSuccess)
        {
            return Result<AgreementView>.Failure(circle.Errors);
        }

        var board = await store.ReadAsync(caller.Tenant, id, cancellationToken).ConfigureAwait(false);
        if (board.Agreement is not { } current)
        {
            return Error.NotFound("agreement.notFound");
        }

        if (version is null)
        {
            return Error.Invalid("version", "required");
        }

        if (version != current.Value.Version)
        {
            return new Error(ErrorKind.Conflict, "agreement.changed", "version");
        }

        var confirmation = new AgreementConfirmation(caller.Id, current.Value.Version, time.GetUtcNow());
        await store.ConfirmAsync(caller.Tenant, id, confirmation, cancellationToken).ConfigureAwait(false);
        return ViewOf(circle.Value, board with { Confirmations = [.. board.Confirmations.Where(c => c.Person != caller.Id), confirmation] }, caller.Id);
    }

    private async Task<Result<AgreementView>> ChangeAsync(
        Caller caller, CircleId id, Func<Circle, Agreement?, Result<Agreement>> change, CancellationToken cancellationToken)
    {
        var circle = await OpenAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!circle.IsSuccess)
        {
            return Result<AgreementView>.Failure(circle.Errors);
        }

        var board = await store.ReadAsync(caller.Tenant, id, cancellationToken).ConfigureAwait(false);
        var changed = change(circle.Value, board.Agreement?.Value);
        if (!changed.IsSuccess)
        {
            return Result<AgreementView>.Failure(changed.Errors);
        }

        var saved = await store.PutAgreementAsync(caller.Tenant, id, changed.Value, board.Agreement?.Version, cancellationToken).ConfigureAwait(false);
        if (!saved.IsSuccess)
        {
            return Result<AgreementView>.Failure(saved.Errors);
        }

        return ViewOf(circle.Value, board with { Agreement = saved.Value }, caller.Id);
    }

    /// <summary>The circle for a member, open and with everyone who said yes: an agreement is between the people who meet.</summary>
    private async Task<Result<Circle>> OpenAsync(Caller caller, CircleId id, CancellationToken cancellationToken)
    {
        var circle = await Goals.GoalActions.OpenCircleAsync(circles, caller, id, cancellationToken).ConfigureAwait(false);
        if (!circle.IsSuccess)
        {
            return circle;
        }

        return circle.Value.IsReady ? circle : Error.Conflict("circle.waitingForMembers");
    }

    /// <summary>Each member with their confirmation of the current version; in force once every member confirmed it.</summary>
    public static AgreementView ViewOf(Circle circle, RelationshipBoard board, PersonId reader)
    {
        var version = board.Agreement?.Value.Version;
        var signers = circle.Members.Select(m => new AgreementSigner(m.PersonId, m.DisplayName,
            board.Confirmations.FirstOrDefault(c => c.Person == m.PersonId && c.Version == version)?.ConfirmedAt, m.PersonId == reader)).ToList();
        var since = board.Agreement is { } a && signers.All(s => s.ConfirmedAt is not null) ? signers.Max(s => s.ConfirmedAt) : null;

        // The months count from when an agreement was first in force, not from this version's confirmations: an extension
        // confirmed a week late must not move the end a week further, nor past twelve months in all.
        var ends = since is { } confirmed ? (FirstInForce(circle, board) ?? confirmed).AddMonths(board.Agreement!.Value.TotalMonths) : (DateTimeOffset?)null;
        return new AgreementView(board.Agreement, signers, since, ends);
    }

    /// <summary>The earliest time every member had confirmed one same version (the members of today: one who joined later
    /// confirmed only the versions since).</summary>
    private static DateTimeOffset? FirstInForce(Circle circle, RelationshipBoard board) =>
        board.Confirmations.Select(c => c.Version).Distinct()
            .Select(v => circle.Members.Select(m => board.Confirmations.FirstOrDefault(c => c.Person == m.PersonId && c.Version == v)?.ConfirmedAt).ToList())
            .Where(times => times.All(t => t is not null))
            .Select(times => times.Max())
            .Min();
}
