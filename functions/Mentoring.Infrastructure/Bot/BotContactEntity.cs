using Azure;
using Azure.Data.Tables;

namespace Mentoring.Infrastructure.Bot;

/// <summary>What the bot knows about reaching one person (row key: their object id), or a tenant's service URL (row <see cref="TenantRow"/>).</summary>
internal sealed class BotContactEntity : ITableEntity
{
    public const string TenantRow = "~tenant";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ConversationId { get; set; }

    /// <summary>Teams' reason the person cannot be written to (ConversationBlockedByUser…); null while reachable.</summary>
    public string? Unreachable { get; set; }

    public DateTimeOffset? UnreachableSince { get; set; }

    /// <summary>When Teams sent the last install, removal or message applied: an older one arriving late changes nothing.</summary>
    public DateTimeOffset? InstallSeenAt { get; set; }
}
