using Azure;
using Azure.Data.Tables;

namespace Mentoring.Infrastructure.Storage;

/// <summary>A circle row. Members and cadence are JSON columns: they change with the circle, under its ETag.</summary>
internal sealed class CircleEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = Keys.CircleRow;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public Guid TenantId { get; set; }

    public Guid CircleId { get; set; }

    public string Kind { get; set; } = "";

    public string Name { get; set; } = "";

    public string Objective { get; set; } = "";

    public string Status { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public string MembersJson { get; set; } = "[]";

    /// <summary>The people invited and not (yet) members; absent on circles written before invitations existed.</summary>
    public string? InvitedJson { get; set; }

    public string CadenceJson { get; set; } = "{}";

    /// <summary>The series and its state, or null before the circle is scheduled.</summary>
    public string? ScheduleJson { get; set; }
}
