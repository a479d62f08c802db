using Mentoring.Core.Common;
using Mentoring.Core.Delivery;
using Mentoring.Core.FollowUps;
using Mentoring.Core.People;

namespace Mentoring.Core.Circles.Invitations;

/// <summary>Use case: the inviter (or the circle's organizer) withdraws a pending invitation; it leaves the invitee's tab and card.</summary>
/// <remarks>
/// Anyone else gets 404 <c>invitation.notFound</c>, as for an invitation that does not exist (a non-member: the circle's 404).
/// The tab's entry goes with the circle's write (the invitation row is deleted). A card already in the invitee's Teams chat is
/// replaced by one saying the invitation was withdrawn; a card not sent yet is never sent (it is built from the circle as it is
/// when it leaves). Replacing is best effort after the write: a failure leaves a card whose buttons answer "no longer open".
/// </remarks>
public sealed class WithdrawInvitation(ICircleStore store, IOutbox outbox, IBotMessenger bot, PeopleLookup people, Scheduling.CircleCalendar calendar)
{
    public async Task<Result<CircleView>> ExecuteAsync(Caller caller, CircleId id, PersonId invitee, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        Invitee? withdrawn = null;
        var saved = await store.ApplyAsync(caller, id, null, circle =>
        {
            withdrawn = circle.PendingInvitations.FirstOrDefault(i => i.PersonId == invitee);
            return CircleInvitations.Withdraw(circle, invitee, caller.Id);
        }, cancellationToken).ConfigureAwait(false);
        if (saved.IsSuccess && withdrawn is { ByCard: true })
        {
            // The name the members see (the directory's), not the sign-in name the token may carry.
            var by = saved.Value.Circle.Members.FirstOrDefault(m => m.PersonId == caller.Id)?.DisplayName ?? caller.DisplayName;
            await ReplaceCardAsync(saved.Value.Circle, withdrawn, by, cancellationToken).ConfigureAwait(false);
        }

        // An adopted series invited them from Outlook: they leave its attendees now (or, the calendar down, by the timer's retry).
        return await calendar.FollowAsync(saved, cancellationToken).ConfigureAwait(false);
    }

    private async Task ReplaceCardAsync(Circle circle, Invitee invitee, string by, CancellationToken cancellationToken)
    {
        var row = await outbox.FindAsync(InvitationNotices.DeliveryOf(circle, invitee), cancellationToken).ConfigureAwait(false);
        if (row is not { State: OutboxState.Sent, ActivityId: { Length: > 0 } activityId })
        {
            return;
        }

        if (await bot.FindAsync(circle.Tenant, invitee.PersonId, cancellationToken).ConfigureAwait(false) is not { Status: BotStatus.Done, Conversation: { } chat })
        {
            return;
        }

        var person = await people.FindAsync(circle.Tenant, [invitee.PersonId], cancellationToken).ConfigureAwait(false);
        var texts = InvitationCardTexts.For(CardReader.IsEnglish(person.IsSuccess ? person.Value.FirstOrDefault()?.Locale : null));
        await bot.ReplaceAsync(circle.Tenant, invitee.PersonId, chat, activityId, InvitationCard.Withdrawn(by, circle.Name, texts), cancellationToken).ConfigureAwait(false);
    }
}
