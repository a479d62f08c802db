using Mentoring.Core.Delivery;
using Mentoring.Core.FollowUps;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;

namespace Mentoring.Core.Circles.Invitations;

/// <summary>Builds an invitation's card for the delivery, in the invitee's language, from the circle as it is when the card leaves.</summary>
/// <remarks>Read when the card is sent, not when the invitation was made: an invitation answered in the tab, withdrawn, or made
/// again meanwhile sends nothing, nor does one to a person who paused everything (the tab still lists it).</remarks>
public sealed class InvitationCards(ICircleStore circles, PeopleLookup people, IPersonPause pauses)
{
    public async Task<MemberCard?> CardAsync(CardDelivery card, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (await circles.FindAsync(card.Tenant, card.Circle, cancellationToken).ConfigureAwait(false) is not { } found
            || InvitationNotices.PendingFor(found.Value, card.Member, card.SessionId) is not { ByCard: true } invitee
            || await pauses.IsPausedAsync(card.Tenant, card.Member, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var person = await people.FindAsync(card.Tenant, [card.Member], cancellationToken).ConfigureAwait(false);
        var english = CardReader.IsEnglish(person.IsSuccess ? person.Value.FirstOrDefault()?.Locale : null);
        return InvitationCard.ForInvitee(found.Value, invitee, InvitationCardTexts.For(english));
    }
}
