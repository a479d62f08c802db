using Mentoring.Core.Circles.Invitations;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Circles;

/// <summary>Use case: a person creates a circle they belong to and invites people of their own tenant to it.</summary>
/// <remarks>
/// The others are invited, not members, until they accept (<see cref="AnswerInvitation"/>); someone who paused everything or
/// erased their data cannot be invited (400 <c>invitation.unavailable</c> on their <c>members[i].personId</c>, nothing written).
/// With an idempotency key (the <c>Idempotency-Key</c> header) a retried creation — after a timeout, a 503, a crash — returns
/// the circle the first attempt stored instead of a second one, and re-writes its index rows in case the first attempt
/// stopped between the two writes. The same key with a different circle is a conflict. Invitees who already have the app in
/// Teams also get a card (<see cref="InvitationNotices"/>); the others find the invitation in their tab.
/// </remarks>
public sealed class CreateCircle(
    ICircleStore store, PeopleLookup directory, Invitability invitability, InvitationNotices notices, Delivery.ConversationsAhead conversations, TimeProvider time)
{
    public async Task<Result<CircleView>> ExecuteAsync(Caller caller, CircleDraft draft, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        var id = idempotencyKey is null ? CircleIds.New(time) : CircleIds.FromIdempotencyKey(caller, idempotencyKey);
        if (!id.IsSuccess)
        {
            return Result<CircleView>.Failure(id.Errors);
        }

        // A circle never has more than five members: looking up more would only let a request cost unbounded reads.
        // A JSON null in the member list is a missing member (400 naming it), never a crash.
        var requested = draft.Members?.Take(Membership.MaxPeers + 1).Select(m => PersonId.TryParse(m?.PersonId, out var id) ? id : default) ?? [];
        var ids = new HashSet<PersonId>(requested.Where(id => id != default)) { caller.Id };
        var people = await directory.FindAsync(caller.Tenant, ids, cancellationToken).ConfigureAwait(false);
        if (!people.IsSuccess)
        {
            return Result<CircleView>.Failure(people.Errors);
        }

        var circle = Circle.Create(draft, id.Value, caller, people.Value, time.GetUtcNow());
        if (!circle.IsSuccess)
        {
            return Result<CircleView>.Failure(circle.Errors);
        }

        var unavailable = await invitability.UnavailableAmongAsync(caller.Tenant, [.. circle.Value.Invited.Select(i => i.PersonId)], cancellationToken).ConfigureAwait(false);
        if (unavailable.Count > 0)
        {
            return Result<CircleView>.Failure(Unavailable(draft, unavailable));
        }

        var marked = await notices.MarkAsync(circle.Value, cancellationToken).ConfigureAwait(false);
        var stored = await store.AddAsync(marked, cancellationToken).ConfigureAwait(false);
        if (!SameCircle(stored.Value, marked))
        {
            return Error.Conflict("idempotencyKey.reused");
        }

        await notices.SendAsync(stored.Value, cancellationToken: cancellationToken).ConfigureAwait(false);
        await conversations.JoinedAsync(caller.Tenant, [.. stored.Value.Members.Select(m => m.PersonId)], cancellationToken).ConfigureAwait(false);
        return new CircleView(stored.Value, stored.Version);
    }

    /// <summary>One error per member who cannot be invited now, on their own field; the reason is not said.</summary>
    private static Error[] Unavailable(CircleDraft draft, IReadOnlySet<PersonId> unavailable) =>
        [.. (draft.Members ?? []).Select((m, i) => (m, i))
            .Where(x => PersonId.TryParse(x.m?.PersonId, out var id) && unavailable.Contains(id))
            .Select(x => Error.Invalid($"members[{x.i}].personId", Invitability.Unavailable))];

    /// <summary>What the request asked for, ignoring what time and later changes add (creation time, status, schedule).</summary>
    private static bool SameCircle(Circle stored, Circle asked) =>
        (stored.Kind, stored.Name, stored.Objective, stored.Cadence) == (asked.Kind, asked.Name, asked.Objective, asked.Cadence)
        && People(stored).SequenceEqual(People(asked));

    /// <summary>Members and invitees alike: a retry after someone accepted (or declined) is still the same circle.</summary>
    private static IEnumerable<(PersonId, MemberRole)> People(Circle circle) =>
        circle.Members.Concat(circle.Invited.Select(i => i.Member)).Select(m => (m.PersonId, m.Role)).OrderBy(p => p.PersonId.Value);
}
