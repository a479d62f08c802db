using System.Diagnostics.Metrics;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;

namespace Mentoring.Infrastructure.Storage;

/// <summary>
/// A row a list cannot read (a stored profile that no longer validates, a JSON document that does not parse) is skipped, logged
/// with its keys (ids only) and counted: one bad row never makes a whole tenant's list fail (mentor suggestions, cohort views,
/// proposals).
/// </summary>
/// <remarks>A point read of that row still fails loudly: only lists skip. The count is also the metric <c>mentoring.storage.unreadable_rows</c>.</remarks>
public sealed class UnreadableRows(ILogger<UnreadableRows> logger) : IDisposable
{
    private readonly Meter meter = new("Mentoring.Storage");
    private long count;
    private Counter<long>? counter;

    /// <summary>Rows skipped since start.</summary>
    public long Count => Interlocked.Read(ref count);

    /// <summary>Reads every row it can; the others are skipped, logged and counted.</summary>
    internal List<T> ReadAll<TRow, T>(string table, IEnumerable<TRow> rows, Func<TRow, T> read)
        where TRow : ITableEntity
    {
        var values = new List<T>();
        foreach (var row in rows)
        {
            try
            {
                values.Add(read(row));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Interlocked.Increment(ref count);
                (counter ??= meter.CreateCounter<long>("mentoring.storage.unreadable_rows")).Add(1);
                logger.LogError(e, "Unreadable {Table} row skipped from a list: {PartitionKey}/{RowKey}", table, row.PartitionKey, row.RowKey);
            }
        }

        return values;
    }

    public void Dispose() => meter.Dispose();
}
