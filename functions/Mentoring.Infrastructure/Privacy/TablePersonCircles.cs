using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;
using Mentoring.Infrastructure.Agendas;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Privacy;

/// <summary>
/// A person's circles for an export or an erasure: their Memberships partition (the index), and the circle rows of their tenant
/// whose members hold their id (the truth). The circle row is written before its index rows (<see cref="TableCircleStore"/>), so
/// a crash in between leaves a circle the index does not list: the second read finds it.
/// </summary>
/// <remarks>
/// The second read is the tenant's range of circle partitions, circle rows only, two columns: it costs what the tenant has,
/// never what other tenants have. Export and erasure are rare; "my circles" in the tab keeps the index alone.
/// </remarks>
internal sealed class TablePersonCircles(Tables tables) : IPersonCircles
{
    public async Task<IReadOnlyList<CircleId>> ListAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default)
    {
        var found = new HashSet<CircleId>();
        var index = TableClient.CreateQueryFilter($"PartitionKey eq {Keys.PersonPartition(tenant, person)}");
        await foreach (var row in tables.Memberships.QueryAsync<TableEntity>(index, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (Guid.TryParse(row.RowKey, out var circleId))
            {
                found.Add(new CircleId(circleId));
            }
        }

        var prefix = Keys.Tenant(tenant) + "_";
        var rows = TableClient.CreateQueryFilter($"PartitionKey ge {prefix} and PartitionKey lt {EntryRows.After(prefix)} and RowKey eq {Keys.CircleRow}");
        var id = person.ToString();
        await foreach (var row in tables.Circles.QueryAsync<TableEntity>(rows, select: ["CircleId", "MembersJson"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.GetString("MembersJson") is { } members && members.Contains(id, StringComparison.OrdinalIgnoreCase) && row.GetGuid("CircleId") is { } circle)
            {
                found.Add(new CircleId(circle));
            }
        }

        return [.. found];
    }
}
