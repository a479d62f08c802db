using Azure;
using Azure.Data.Tables;

namespace Mentoring.Infrastructure.Dispatch;

/// <summary>An outbox row: partition = the session ("{tenant}_{circle}_{session}"), row = "{kind}_{member}".</summary>
internal sealed class OutboxEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string State { get; set; } = "";

    public DateTimeOffset? LeaseUntil { get; set; }

    public int Attempts { get; set; }

    public string? ActivityId { get; set; }

    public string? Detail { get; set; }

    /// <summary>When the row was last written, by the injected clock (Timestamp is the server's, which a test's clock does not move).</summary>
    public DateTimeOffset? Changed { get; set; }
}
