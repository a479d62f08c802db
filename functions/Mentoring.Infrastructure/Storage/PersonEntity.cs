using Azure;
using Azure.Data.Tables;

namespace Mentoring.Infrastructure.Storage;

/// <summary>A person of a tenant: partition = tenant id, row = Entra object id.</summary>
internal sealed class PersonEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string DisplayName { get; set; } = "";

    public string Email { get; set; } = "";

    public string Locale { get; set; } = "";

    public string TimeZone { get; set; } = "";

    /// <summary>"member" or "guest"; absent on rows written before guests were told apart.</summary>
    public string? UserType { get; set; }

    /// <summary>The mailbox's working hours as JSON, when it shared them.</summary>
    public string? WorkingHours { get; set; }

    /// <summary>When the directory was last read for this person (the product's clock, not the table's Timestamp).</summary>
    public DateTimeOffset? RefreshedAt { get; set; }
}
