using Azure;
using Azure.Data.Tables;

namespace Mentoring.Infrastructure.Agendas;

/// <summary>One thing a member wrote (agenda item, commitment, note, thanks, news), in its circle's partition.</summary>
/// <remarks>Row key: a prefix per kind of entry, then the entry's key. The author is a column of its own so a query can select one member's rows.</remarks>
internal sealed class EntryEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public Guid AuthorId { get; set; }

    /// <summary>The entry as JSON: it changes as a whole, under the row's ETag.</summary>
    public string Json { get; set; } = "{}";
}
