using Azure.Data.Tables;
using Mentoring.Core.Cohorts;
using Mentoring.Core.Common;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Matching;

/// <summary>
/// Copies of a forming group that let lists read what they show (issue 22 item 4), in the tenant's Matching partition:
/// <c>forming_{group}</c> while the group still forms (neither formed nor abandoned: the list of forming groups), and
/// <c>cohortgroup_{cohort}_{group}</c> for a group proposed from a cohort (that cohort's groups, formed ones included).
/// </summary>
/// <remarks>Written in the same entity group transaction as the group row (whose ETag alone decides), so they say what it says.
/// A group formed or abandoned (everyone left) loses its <c>forming_</c> copy in the transaction that makes it so.</remarks>
internal static class GroupIndex
{
    public const string FormingPrefix = "forming_";
    public const string CohortPrefix = "cohortgroup_";

    /// <summary>The copies to write with <paramref name="group"/>, the forming one last (it may be a delete of a missing row).</summary>
    public static IEnumerable<TableTransactionAction> StepWith(FormingGroup group, bool isNew)
    {
        if (group.CohortId is { } cohort)
        {
            yield return new(TableTransactionActionType.UpsertReplace, Copy(group, CohortRow(cohort, group.Id)));
        }

        if (!group.Formed && !group.IsAbandoned)
        {
            yield return new(TableTransactionActionType.UpsertReplace, Copy(group, FormingPrefix + Keys.Row(group.Id)));
        }
        else if (!isNew)
        {
            yield return IndexedWrite.Delete(Keys.Tenant(group.Tenant), FormingPrefix + Keys.Row(group.Id));
        }
    }

    public static string FormingFilter(TenantId tenant) => Range(tenant, FormingPrefix);

    public static string CohortFilter(TenantId tenant, Guid cohort) => Range(tenant, $"{CohortPrefix}{Keys.Row(cohort)}_");

    /// <summary>A copy read back as the group row it copies.</summary>
    public static DocumentEntity AsGroupRow(DocumentEntity copy)
    {
        copy.RowKey = CohortDocuments.GroupPrefix + copy.RowKey[^36..];
        return copy;
    }

    private static string CohortRow(Guid cohort, Guid group) => $"{CohortPrefix}{Keys.Row(cohort)}_{Keys.Row(group)}";

    private static DocumentEntity Copy(FormingGroup group, string row)
    {
        var copy = CohortDocuments.ToEntity(group);
        copy.RowKey = row;
        return copy;
    }

    private static string Range(TenantId tenant, string prefix) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {Keys.Tenant(tenant)} and RowKey ge {prefix} and RowKey lt {MatchingRows.End(prefix)}");
}
