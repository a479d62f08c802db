using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Cohorts;

/// <summary>A peer group on its way to becoming a circle: proposed by a coordinator from a cohort, or started by a person.</summary>
/// <remarks>
/// <para>It becomes a peer-group circle (<see cref="Circle"/>, an id derived from <see cref="Id"/>) the moment it has at least three
/// members and every one of them has accepted: nobody is ever put in a circle without having said yes.</para>
/// <para>Someone who declines leaves it; the others' answers stand. The group then becomes <see cref="Open"/>: anyone of the tenant
/// visible as a peer may ask to join (joining is accepting), up to five. A group started by a person is open from the start.</para>
/// </remarks>
public sealed record FormingGroup(
    Guid Id, TenantId Tenant, Guid? CohortId, string Name, IReadOnlyList<GroupMember> Members, bool Open, bool Formed, DateTimeOffset CreatedAt)
{
    public CircleId Circle => CircleIds.FromIdempotencyKey(new Caller(Tenant, new PersonId(Id), ""), $"forming-group:{Id:N}").Value;

    public bool Has(PersonId person) => Members.Any(m => m.Person == person);

    /// <summary>Everyone left: nobody can join it any more through a list (it no longer appears among forming groups).</summary>
    public bool IsAbandoned => Members.Count == 0;

    /// <summary>Everyone agreed and there are enough of them: time to create the circle.</summary>
    public bool IsComplete => Members.Count >= Membership.MinPeers && Members.All(m => m.Answer == GroupAnswer.Accepted);
}
