using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Circles;

/// <summary>Use case: a member adds a person of the same tenant to a peer group; a live series invites them.</summary>
public sealed class AddMember(ICircleStore store, PeopleLookup directory, CircleCalendar calendar, TimeProvider time)
{
    public async Task<Result<CircleView>> ExecuteAsync(Caller caller, CircleId id, PersonId newcomer, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        var found = await store.FindForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return Result<CircleView>.Failure(found.Errors);
        }

        var people = await directory.FindAsync(caller.Tenant, [newcomer], cancellationToken).ConfigureAwait(false);
        if (!people.IsSuccess)
        {
            return Result<CircleView>.Failure(people.Errors);
        }

        if (people.Value.Count == 0)
        {
            return Error.Invalid("personId", "member.unknown");
        }

        var added = await store.ApplyAsync(caller, id, expectedVersion, circle => circle.AddMember(people.Value[0], time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        return await calendar.FollowAsync(added, cancellationToken).ConfigureAwait(false);
    }
}
