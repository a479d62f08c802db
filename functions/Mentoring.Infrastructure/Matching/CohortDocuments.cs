using Mentoring.Core.Cohorts;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Matching;

/// <summary>The JSON shapes of cohorts and forming groups, and their mapping (ids as plain GUIDs, so what was written reads back).</summary>
internal static class CohortDocuments
{
    public const string CohortPrefix = "cohort_";
    public const string GroupPrefix = "group_";

    public static DocumentEntity ToEntity(Cohort c) => new()
    {
        PartitionKey = Keys.Tenant(c.Tenant),
        RowKey = CohortPrefix + Keys.Row(c.Id),
        Json = StoredJson.Write(new CohortDocument(
            c.Name, [.. c.Members.Select(m => m.Value)], c.CreatedBy.Value, c.CreatedAt,
            [.. c.Invited.Select(m => m.Value)], [.. c.Declined.Select(m => m.Value)], [.. c.CoCoordinators.Select(m => m.Value)])),
    };

    public static Cohort ToCohort(DocumentEntity e)
    {
        var d = StoredJson.Read<CohortDocument>(e.Json);
        return new Cohort(Guid.Parse(e.RowKey[CohortPrefix.Length..]), new TenantId(Guid.Parse(e.PartitionKey)), d.Name,
            [.. d.Members.Select(m => new PersonId(m))], new PersonId(d.CreatedBy), d.CreatedAt)
        {
            Invited = [.. (d.Invited ?? []).Select(m => new PersonId(m))],
            Declined = [.. (d.Declined ?? []).Select(m => new PersonId(m))],
            CoCoordinators = [.. (d.CoCoordinators ?? []).Select(m => new PersonId(m))],
        };
    }

    public static DocumentEntity ToEntity(FormingGroup g) => new()
    {
        PartitionKey = Keys.Tenant(g.Tenant),
        RowKey = GroupPrefix + Keys.Row(g.Id),
        Json = StoredJson.Write(new GroupDocument(g.CohortId, g.Name, [.. g.Members.Select(m => new GroupMemberDocument(m.Person.Value, m.DisplayName, m.Answer))], g.Open, g.Formed, g.CreatedAt)),
    };

    public static FormingGroup ToGroup(DocumentEntity e)
    {
        var d = StoredJson.Read<GroupDocument>(e.Json);
        return new FormingGroup(Guid.Parse(e.RowKey[GroupPrefix.Length..]), new TenantId(Guid.Parse(e.PartitionKey)), d.CohortId, d.Name,
            [.. d.Members.Select(m => new GroupMember(new PersonId(m.Person), m.DisplayName, m.Answer))], d.Open, d.Formed, d.CreatedAt);
    }

    /// <summary>The three lists are absent from cohorts written before joining was an invitation (their members stood as accepted).</summary>
    private sealed record CohortDocument(
        string Name, Guid[] Members, Guid CreatedBy, DateTimeOffset CreatedAt, Guid[]? Invited = null, Guid[]? Declined = null, Guid[]? CoCoordinators = null);

    private sealed record GroupDocument(Guid? CohortId, string Name, GroupMemberDocument[] Members, bool Open, bool Formed, DateTimeOffset CreatedAt);

    private sealed record GroupMemberDocument(Guid Person, string DisplayName, GroupAnswer Answer);
}
