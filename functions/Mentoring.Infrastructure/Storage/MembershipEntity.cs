using Azure;
using Azure.Data.Tables;

namespace Mentoring.Infrastructure.Storage;

/// <summary>An index row: person → circle, with what "my circles" shows so the list needs no second read.</summary>
internal sealed class MembershipEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public Guid PersonId { get; set; }

    public string Kind { get; set; } = "";

    public string Name { get; set; } = "";

    public string Status { get; set; } = "";

    public string Role { get; set; } = "";
}
