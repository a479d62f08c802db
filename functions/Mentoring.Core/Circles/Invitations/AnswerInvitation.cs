using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Circles.Invitations;

/// <summary>Use case: an invitee lists their invitations, accepts one (they become a member, a live series invites them) or declines.</summary>
/// <remarks>
/// The circle is read without a membership check (the invitee is not a member yet), then the invitation itself is the check:
/// anyone without a pending invitation to it gets 404 <c>invitation.notFound</c>, as for a circle that does not exist.
/// Accepting goes through the same calendar path as any membership change (<see cref="CircleCalendar.FollowAsync"/>).
/// </remarks>
public sealed class AnswerInvitation(ICircleStore store, CircleCalendar calendar)
{
    public Task<IReadOnlyList<CircleInvitation>> ListAsync(Caller caller, CancellationToken cancellationToken = default) =>
        store.ListInvitationsAsync(caller.Tenant, caller.Id, cancellationToken);

    public async Task<Result<CircleView>> AcceptAsync(Caller caller, CircleId id, CancellationToken cancellationToken = default)
    {
        // Hook for the mentor place counting: a mentorship that begins through an accepted invitation should take one of the
        // mentor's places (MentorPlaces.TakeAsync, Requests), deciding whether a mentor with no place left may still accept.
        var accepted = await store.ApplyAsSystemAsync(caller.Tenant, id, c => Invited(c, caller, CircleInvitations.Accept), cancellationToken).ConfigureAwait(false);
        return await calendar.FollowAsync(accepted, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Result<Unit>> DeclineAsync(Caller caller, CircleId id, CancellationToken cancellationToken = default)
    {
        var declined = await store.ApplyAsSystemAsync(caller.Tenant, id, c => Invited(c, caller, CircleInvitations.Decline), cancellationToken).ConfigureAwait(false);
        return declined.IsSuccess ? Unit.Value : Result<Unit>.Failure(declined.Errors);
    }

    private static Result<Circle> Invited(Circle circle, Caller caller, Func<Circle, PersonId, Result<Circle>> answer) =>
        circle.IsInvited(caller.Id) ? answer(circle, caller.Id) : Error.NotFound("invitation.notFound");
}
