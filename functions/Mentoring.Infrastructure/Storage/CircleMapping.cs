using Mentoring.Core.Circles;
using Mentoring.Core.Circles.Invitations;
using Mentoring.Core.Common;
using Mentoring.Core.Scheduling;

namespace Mentoring.Infrastructure.Storage;

/// <summary>Circle ⇄ table rows.</summary>
internal static class CircleMapping
{
    public static CircleEntity ToEntity(Circle c) => new()
    {
        PartitionKey = Keys.CirclePartition(c.Tenant, c.Id),
        RowKey = Keys.CircleRow,
        TenantId = c.Tenant.Value,
        CircleId = c.Id.Value,
        Kind = c.Kind.ToString(),
        Name = c.Name,
        Objective = c.Objective,
        Status = c.Status.ToString(),
        CreatedAt = c.CreatedAt,
        MembersJson = StoredJson.Write(c.Members.Select(MemberDocument.From)),
        InvitedJson = c.Invited.Count == 0 ? null : StoredJson.Write(c.Invited.Select(InviteeDocument.From)),
        CadenceJson = StoredJson.Write(c.Cadence.ToDraft()),
        ScheduleJson = c.Schedule is null ? null : StoredJson.Write(ScheduleDocument.From(c.Schedule)),
    };

    public static Circle ToCircle(CircleEntity e) => new Circle(
        new CircleId(e.CircleId),
        new TenantId(e.TenantId),
        Enum.Parse<CircleKind>(e.Kind),
        e.Name,
        e.Objective,
        [.. StoredJson.Read<MemberDocument[]>(e.MembersJson).Select(m => m.ToMember())],
        StoredJson.Read<CadenceDraft>(e.CadenceJson).Restore(),
        Enum.Parse<CircleStatus>(e.Status),
        e.CreatedAt,
        e.ScheduleJson is null ? null : StoredJson.Read<ScheduleDocument>(e.ScheduleJson).ToSchedule())
    {
        Invited = e.InvitedJson is null ? [] : [.. StoredJson.Read<InviteeDocument[]>(e.InvitedJson).Select(i => i.ToInvitee())],
    };

    public static MembershipEntity ToMembership(Circle c, Member m) => new()
    {
        PartitionKey = Keys.PersonPartition(c.Tenant, m.PersonId),
        RowKey = Keys.Row(c.Id.Value),
        PersonId = m.PersonId.Value,
        Kind = c.Kind.ToString(),
        Name = c.Name,
        Status = c.Status.ToString(),
        Role = m.Role.ToString(),
    };

    public static MembershipEntity ToInvitation(Circle c, Invitee i) => new()
    {
        PartitionKey = Keys.PersonPartition(c.Tenant, i.PersonId),
        RowKey = Keys.InvitationRow(c.Id.Value),
        PersonId = i.PersonId.Value,
        Kind = c.Kind.ToString(),
        Name = c.Name,
        Status = c.Status.ToString(),
        Role = i.Member.Role.ToString(),
        InvitedByName = i.InvitedByName,
        InvitedAt = i.InvitedAt,
    };

    public static CircleInvitation ToInvitation(MembershipEntity e) => new(
        new CircleId(Guid.Parse(e.RowKey[Keys.InvitationPrefix.Length..])),
        new Core.People.PersonId(e.PersonId),
        Enum.Parse<CircleKind>(e.Kind),
        e.Name,
        Enum.Parse<MemberRole>(e.Role),
        e.InvitedByName ?? "",
        e.InvitedAt ?? default);

    public static CircleSummary ToSummary(MembershipEntity e) => new(
        new CircleId(Guid.Parse(e.RowKey)),
        new Core.People.PersonId(e.PersonId),
        Enum.Parse<CircleKind>(e.Kind),
        e.Name,
        Enum.Parse<CircleStatus>(e.Status),
        Enum.Parse<MemberRole>(e.Role));
}
