using Azure;
using Azure.Data.Tables;

namespace Mentoring.Infrastructure.Scheduling;

/// <summary>A session row, in its circle's partition (row key "session_" + session id) so a tab view stays one partition read.</summary>
internal sealed class SessionEntity : ITableEntity
{
    public const string RowPrefix = "session_";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? OccurrenceId { get; set; }

    public DateTimeOffset OriginalStart { get; set; }

    public DateTimeOffset Start { get; set; }

    public DateTimeOffset End { get; set; }

    public string State { get; set; } = "";
}
