using Mentoring.Core.Circles.Invitations;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Circles;

/// <summary>Use case: a member invites a person of the same tenant to a peer group; once they accept, a live series invites them.</summary>
/// <remarks>Someone who paused everything or erased their data cannot be invited: 400 <c>invitation.unavailable</c>, nothing written.
/// A newcomer who already has the app in Teams also gets a card (<see cref="InvitationNotices"/>).</remarks>
public sealed class AddMember(ICircleStore store, PeopleLookup directory, Invitability invitability, InvitationNotices notices, CircleCalendar calendar, TimeProvider time)
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

        if ((await invitability.UnavailableAmongAsync(caller.Tenant, [newcomer], cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            return Error.Invalid("personId", Invitability.Unavailable);
        }

        var byCard = await notices.ReachesAsync(caller.Tenant, newcomer, cancellationToken).ConfigureAwait(false);
        var invite = (Circle circle) => CircleInvitations.Invite(circle, people.Value[0], circle.Members.Single(m => m.PersonId == caller.Id), time.GetUtcNow(), byCard);
        var added = await store.ApplyAsync(caller, id, expectedVersion, invite, cancellationToken).ConfigureAwait(false);
        if (added.IsSuccess)
        {
            await notices.SendAsync(added.Value.Circle, newcomer, cancellationToken).ConfigureAwait(false);
        }

        return await calendar.FollowAsync(added, cancellationToken).ConfigureAwait(false);
    }
}
