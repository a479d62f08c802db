using Mentoring.Core.Delivery;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Circles.Invitations;

/// <summary>Tells new invitees outside the tab when that is theirs already: a card in Teams for those who have the app, nothing else.</summary>
/// <remarks>
/// Two steps around the circle's one write: <see cref="MarkAsync"/> (or <see cref="ReachesAsync"/>) before it records which new invitees get a card (so the
/// inviter's response says who was told in Teams and who will find it in their tab), <see cref="SendAsync"/> after it enqueues
/// those cards. A crash between the two loses a card, never sends one for an invitation that was not stored; the tab lists it.
/// Each invitation has its own outbox row (<see cref="DeliveryOf"/>), so enqueuing twice sends one card, and an invitation
/// made again after a decline gets its own.
/// </remarks>
public sealed class InvitationNotices(ITeamsAppPresence presence, IDeliveryQueue queue)
{
    /// <summary>A new circle with <see cref="Invitee.ByCard"/> set for its invitees who have the app.</summary>
    public async Task<Circle> MarkAsync(Circle circle, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var fresh = circle.PendingInvitations.Select(i => i.PersonId).ToArray();
        var present = await Task.WhenAll(fresh.Select(p => presence.HasAppAsync(circle.Tenant, p, cancellationToken))).ConfigureAwait(false);
        var byCard = fresh.Where((_, i) => present[i]).ToHashSet();
        return byCard.Count == 0 ? circle : circle with
        {
            Invited = [.. circle.Invited.Select(i => i.IsPending && byCard.Contains(i.PersonId) ? i with { ByCard = true } : i)],
        };
    }

    /// <summary>Whether a card can tell <paramref name="person"/>: they already have the app (asked before the write that invites them).</summary>
    public Task<bool> ReachesAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default) =>
        presence.HasAppAsync(tenant, person, cancellationToken);

    /// <summary>Enqueues the card of each pending invitee of <paramref name="circle"/> marked <see cref="Invitee.ByCard"/> (only
    /// <paramref name="only"/>'s when given).</summary>
    public Task SendAsync(Circle circle, PersonId? only = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var cards = circle.PendingInvitations.Where(i => i.ByCard && (only is null || i.PersonId == only)).Select(i => DeliveryOf(circle, i)).ToArray();
        return cards.Length == 0 ? Task.CompletedTask : queue.EnqueueCardsAsync(cards, cancellationToken);
    }

    /// <summary>The one outbox row of an invitation's card: the circle, the invitee, and when they were invited.</summary>
    public static CardDelivery DeliveryOf(Circle circle, Invitee invitee)
    {
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(invitee);
        return new CardDelivery(circle.Tenant, circle.Id, InvitationKey(invitee), invitee.PersonId, CardKind.Invitation);
    }

    /// <summary>What tells one invitation from the next one to the same person (after a decline): when it was made.</summary>
    public static string InvitationKey(Invitee invitee) => "invitation-" + invitee.InvitedAt.ToUnixTimeMilliseconds();

    /// <summary>The invitee of <paramref name="circle"/> the card was for, while that invitation is still pending; otherwise null.</summary>
    public static Invitee? PendingFor(Circle circle, PersonId person, string invitationKey) =>
        circle.PendingInvitations.FirstOrDefault(i => i.PersonId == person && InvitationKey(i) == invitationKey);
}
