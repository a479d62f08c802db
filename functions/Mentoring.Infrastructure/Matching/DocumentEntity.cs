using Azure;
using Azure.Data.Tables;

namespace Mentoring.Infrastructure.Matching;

/// <summary>A cohort or a forming group: partition = tenant, row = kind prefix + id, the rest as one JSON document.</summary>
internal sealed class DocumentEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Json { get; set; } = "";
}
