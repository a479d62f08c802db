using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.FollowUps;

/// <summary>
/// What the delivery sends to one member of one session: built by the follow-up feature (which knows the agenda, the
/// commitments and the member's answers), sent by the dispatch (which knows the Bot Connector). Keeping the two apart lets
/// the dispatch guarantee "exactly one card per member per session" without knowing what a card says.
/// </summary>
public interface IMemberCards
{
    /// <summary>
    /// The follow-up card for a member of an ended session, or <c>null</c> when nothing must be sent: the member already
    /// answered, is not a member of that session, paused cards for this circle, or the circle is closed.
    /// </summary>
    Task<MemberCard?> FollowUpAsync(TenantId tenant, CircleId circle, string sessionId, PersonId member, CancellationToken cancellationToken);

    /// <summary>The reminder card before a session, or <c>null</c> when nothing must be sent (paused, closed, cancelled).</summary>
    Task<MemberCard?> ReminderAsync(TenantId tenant, CircleId circle, string sessionId, PersonId member, CancellationToken cancellationToken);
}
