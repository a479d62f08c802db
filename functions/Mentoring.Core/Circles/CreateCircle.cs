using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Circles;

/// <summary>Use case: a person creates a circle they belong to, with people of their own tenant.</summary>
public sealed class CreateCircle(ICircleStore store, IPersonDirectory directory, TimeProvider time)
{
    public async Task<Result<CircleView>> ExecuteAsync(Caller caller, CircleDraft draft, CancellationToken cancellationToken = default)
    {
        // A circle never has more than five members: looking up more would only let a request cost unbounded reads.
        var requested = draft.Members?.Take(Membership.MaxPeers + 1).Select(m => PersonId.TryParse(m.PersonId, out var id) ? id : default) ?? [];
        var ids = new HashSet<PersonId>(requested.Where(id => id != default)) { caller.Id };
        var people = await directory.FindAsync(caller.Tenant, ids, cancellationToken).ConfigureAwait(false);
        var circle = Circle.Create(draft, new CircleId(Guid.CreateVersion7(time.GetUtcNow())), caller, people, time.GetUtcNow());
        if (!circle.IsSuccess)
        {
            return Result<CircleView>.Failure(circle.Errors);
        }

        var version = await store.AddAsync(circle.Value, cancellationToken).ConfigureAwait(false);
        return new CircleView(circle.Value, version);
    }
}
