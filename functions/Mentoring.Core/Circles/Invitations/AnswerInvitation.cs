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
public sealed class AnswerInvitation(ICircleStore store, CircleCalendar calendar, Requests.MentorPlaces places, Delivery.ConversationsAhead conversations)
{
    public Task<IReadOnlyList<CircleInvitation>> ListAsync(Caller caller, CancellationToken cancellationToken = default) =>
        store.ListInvitationsAsync(caller.Tenant, caller.Id, cancellationToken);

    public async Task<Result<CircleView>> AcceptAsync(Caller caller, CircleId id, CancellationToken cancellationToken = default)
    {
        var accepted = await store.ApplyAsSystemAsync(caller.Tenant, id, c => Invited(c, caller, CircleInvitations.Accept), cancellationToken).ConfigureAwait(false);
        if (accepted.IsSuccess)
        {
            await TakeMentorPlaceAsync(accepted.Value.Circle, cancellationToken).ConfigureAwait(false);
            await conversations.JoinedAsync(caller.Tenant, [caller.Id], cancellationToken).ConfigureAwait(false);
        }

        return await calendar.FollowAsync(accepted, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Result<Unit>> DeclineAsync(Caller caller, CircleId id, CancellationToken cancellationToken = default)
    {
        var declined = await store.ApplyAsSystemAsync(caller.Tenant, id, c => Invited(c, caller, CircleInvitations.Decline), cancellationToken).ConfigureAwait(false);
        if (!declined.IsSuccess)
        {
            return Result<Unit>.Failure(declined.Errors);
        }

        // An adopted series invited them from Outlook: they leave its attendees now (or, the calendar down, by the timer's retry).
        await calendar.FollowAsync(declined, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }

    /// <summary>
    /// A mentorship that begins through an accepted invitation takes one of the mentor's places, as an accepted request does, so
    /// that it gives one back when it ends. Both said yes: a mentor with no place left keeps the mentorship, which then holds no
    /// place (<c>mentor.noPlaceLeft</c> is not an error here) and gives none back.
    /// </summary>
    private async Task TakeMentorPlaceAsync(Circle circle, CancellationToken cancellationToken)
    {
        if (circle.Kind != CircleKind.Mentorship || !circle.IsReady)
        {
            return;
        }

        if (circle.Members.FirstOrDefault(m => m.Role == MemberRole.Mentor) is { } mentor)
        {
            await places.TakeAsync(circle.Tenant, mentor.PersonId, circle.Id, cancellationToken).ConfigureAwait(false);
        }
    }

    private static Result<Circle> Invited(Circle circle, Caller caller, Func<Circle, PersonId, Result<Circle>> answer) =>
        circle.IsInvited(caller.Id) ? answer(circle, caller.Id) : Error.NotFound("invitation.notFound");
}
