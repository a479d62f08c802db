using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Circles;

/// <summary>Use case: a person creates a circle they belong to, with people of their own tenant.</summary>
/// <remarks>
/// With an idempotency key (the <c>Idempotency-Key</c> header) a retried creation — after a timeout, a 503, a crash — returns
/// the circle the first attempt stored instead of a second one, and re-writes its index rows in case the first attempt
/// stopped between the two writes. The same key with a different circle is a conflict.
/// </remarks>
public sealed class CreateCircle(ICircleStore store, PeopleLookup directory, TimeProvider time)
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

        var stored = await store.AddAsync(circle.Value, cancellationToken).ConfigureAwait(false);
        return SameCircle(stored.Value, circle.Value) ? new CircleView(stored.Value, stored.Version) : Error.Conflict("idempotencyKey.reused");
    }

    /// <summary>What the request asked for, ignoring what time and later changes add (creation time, status, schedule).</summary>
    private static bool SameCircle(Circle stored, Circle asked) =>
        (stored.Kind, stored.Name, stored.Objective, stored.Cadence) == (asked.Kind, asked.Name, asked.Objective, asked.Cadence)
        && stored.Members.Select(m => (m.PersonId, m.Role)).SequenceEqual(asked.Members.Select(m => (m.PersonId, m.Role)));
}
