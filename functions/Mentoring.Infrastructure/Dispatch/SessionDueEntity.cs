using Azure;
using Azure.Data.Tables;

namespace Mentoring.Infrastructure.Dispatch;

/// <summary>An index entry: partition = the quarter hour it falls due ("b202611261015"), row = "{kind}_{tenant}_{circle}_{session}".</summary>
internal sealed class SessionDueEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset Start { get; set; }

    public DateTimeOffset End { get; set; }

    public bool? Dispatched { get; set; }

    /// <summary>Rows of the "dispatched" partition only: when the timer sent the session to the queue.</summary>
    public DateTimeOffset? DispatchedAt { get; set; }

    /// <summary>Rows of the "dispatched" partition only: attendance readings made so far while Graph failed; 0 when none is to come.</summary>
    public int? AttendanceReads { get; set; }

    /// <summary>Rows of the "dispatched" partition only: when the attendance is read again (with <see cref="AttendanceReads"/> &gt; 0).</summary>
    public DateTimeOffset? AttendanceNextReadAt { get; set; }
}
