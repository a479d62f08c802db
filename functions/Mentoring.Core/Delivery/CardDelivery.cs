using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Delivery;

/// <summary>One card for one member about one session: the identity of an outbox row and the body of a card message.</summary>
/// <remarks>There is at most one outbox row per value of this record, which is what makes "one card per member per session" hold.
/// A mentor request's cards (<see cref="CardKind.MentorRequest"/>, <see cref="CardKind.RequestAnswer"/>) use the same rows:
/// <see cref="Circle"/> is then the circle an acceptance creates and <see cref="SessionId"/> the request's id ("N" format).</remarks>
public sealed record CardDelivery(TenantId Tenant, CircleId Circle, string SessionId, PersonId Member, CardKind Kind);
