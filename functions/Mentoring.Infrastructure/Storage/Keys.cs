using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Infrastructure.Storage;

/// <summary>Partition and row keys. Every partition key starts with the tenant, so no query can cross tenants.</summary>
internal static class Keys
{
    public const string InvitationPrefix = "invitation-";

    public const string CircleRow = "circle";

    /// <summary>A reach row's prefix in a person's membership partition: after the circle rows and the invitations.</summary>
    public const string ReachPrefix = "reach-";

    /// <summary>A circle's partition: the circle entity now, its sessions, agenda items and commitments later (one read per tab view).</summary>
    public static string CirclePartition(TenantId tenant, CircleId circle) => $"{tenant}_{circle}";

    /// <summary>A person's index partition: one row per circle they belong to.</summary>
    public static string PersonPartition(TenantId tenant, PersonId person) => $"{tenant}_{person}";

    public static string Tenant(TenantId tenant) => tenant.ToString();

    public static string Row(Guid id) => id.ToString("D");

    /// <summary>An invitation's row in the invitee's membership partition: after every circle row ("i" sorts after hex digits).</summary>
    public static string InvitationRow(Guid circle) => InvitationPrefix + circle.ToString("D");

    /// <summary>A circle the person is, was, or was invited into (<see cref="PersonReach"/>): ids only, kept until their erasure.</summary>
    public static string ReachRow(Guid circle) => ReachPrefix + circle.ToString("D");
}
