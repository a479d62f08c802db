using Mentoring.Core.Delivery;
using Mentoring.Core.FollowUps;

namespace Mentoring.Core.Requests;

/// <summary>What the delivery sends about a mentor request: the request to its mentor, the decision to its mentee, or nothing.</summary>
public interface IRequestCards
{
    /// <summary>
    /// The card for <paramref name="card"/> (a <see cref="CardKind.MentorRequest"/> or <see cref="CardKind.RequestAnswer"/>), or
    /// <c>null</c> when nothing must be sent: the request is gone or no longer at that step (answered in the tab before its card
    /// left), the person is not the one the card is for, or they paused everything.
    /// </summary>
    Task<MemberCard?> CardAsync(CardDelivery card, CancellationToken cancellationToken = default);
}
