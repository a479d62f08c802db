using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Scheduling;
using Mentoring.Core.Scheduling.Notifications;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Scheduling.Notifications;

/// <summary>The reconciliation's cursor: one row of the CalendarFollow table (partition "~reconciliation"), ids and counts only.</summary>
/// <remarks>One timer runs it at a time (a timer trigger is a singleton in the Functions host), so the last write wins safely.</remarks>
internal sealed class TableReconciliationCursors(Tables tables) : IReconciliationCursors
{
    private const string Partition = "~reconciliation";
    private const string Row = "cursor";

    public async Task<ReconciliationCursor> ReadAsync(CancellationToken cancellationToken = default)
    {
        var found = await tables.CalendarFollow.GetEntityIfExistsAsync<TableEntity>(Partition, Row, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!found.HasValue)
        {
            return ReconciliationCursor.Start;
        }

        var row = found.Value!;
        var after = TenantId.TryParse(row.GetString("AfterTenant"), out var tenant) && CircleId.TryParse(row.GetString("AfterCircle"), out var circle)
            ? new ScheduledCircle(tenant, circle, DateTimeOffset.MinValue)
            : null;
        return new ReconciliationCursor(after, row.GetInt32("LastPassCount") ?? 0, row.GetInt32("SeenThisPass") ?? 0);
    }

    public Task SaveAsync(ReconciliationCursor cursor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        var row = new TableEntity(Partition, Row)
        {
            ["AfterTenant"] = cursor.After?.Tenant.ToString(),
            ["AfterCircle"] = cursor.After?.Circle.ToString(),
            ["LastPassCount"] = cursor.LastPassCount,
            ["SeenThisPass"] = cursor.SeenThisPass,
        };
        return tables.CalendarFollow.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }
}
