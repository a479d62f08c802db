using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace Mentoring.Api.Tests.Privacy;

/// <summary>
/// Reads the whole storage account as an auditor would: every table of the deployment's prefix, every row, every column,
/// as text, and every queue of its queue prefix, every message. Knows no table, no column, no queue and no kind of row: a new
/// store is scanned the day it exists.
/// </summary>
public sealed class AccountScan(string prefix, string queuePrefix)
{
    private readonly TableServiceClient service = new("UseDevelopmentStorage=true");

    // Base64, as the product and the Functions host write messages.
    private readonly QueueServiceClient queues = new("UseDevelopmentStorage=true", new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

    /// <summary>Every queued message (peeked: nothing changes) in which any of <paramref name="needles"/> appears: "queue: text".</summary>
    public async Task<string[]> MessagesContainingAsync(params string[] needles)
    {
        var found = new List<string>();
        await foreach (var queue in queues.GetQueuesAsync(prefix: queuePrefix))
        {
            foreach (var message in (await queues.GetQueueClient(queue.Name).PeekMessagesAsync(32)).Value)
            {
                var text = message.Body.ToString();
                if (needles.Any(n => text.Contains(n, StringComparison.OrdinalIgnoreCase)))
                {
                    found.Add($"{queue.Name[queuePrefix.Length..]}: {text}");
                }
            }
        }

        return [.. found.Order()];
    }

    /// <summary>Puts a message in a queue of the deployment (e.g. "dispatch-cards-poison"), as the dispatch or the Functions host would.</summary>
    public async Task SendAsync(string queue, string text) => await queues.GetQueueClient(queuePrefix + queue).SendMessageAsync(text);

    /// <summary>The deployment's tables as they exist in the account, without the prefix.</summary>
    public async Task<string[]> TablesAsync()
    {
        var names = new List<string>();
        await foreach (var table in service.QueryAsync(TableServiceClient.CreateQueryFilter($"TableName ge {prefix} and TableName lt {prefix + "{"}")))
        {
            names.Add(table.Name[prefix.Length..]);
        }

        return [.. names.Order()];
    }

    /// <summary>Every row in which any of <paramref name="needles"/> appears, in a key or a column, in any case: "Table pk/rk".</summary>
    public async Task<string[]> RowsContainingAsync(params string[] needles)
    {
        var found = new List<string>();
        foreach (var table in await TablesAsync())
        {
            await foreach (var row in service.GetTableClient(prefix + table).QueryAsync<TableEntity>())
            {
                var text = string.Join("\n", row.Select(p => $"{p.Key}={p.Value}"));
                if (needles.Any(n => text.Contains(n, StringComparison.OrdinalIgnoreCase)))
                {
                    found.Add($"{table} {row.PartitionKey}/{row.RowKey}");
                }
            }
        }

        return [.. found.Order()];
    }

    /// <summary>Every row of every table with its version: two equal snapshots mean nothing was written in between.</summary>
    public async Task<string[]> SnapshotAsync()
    {
        var rows = new List<string>();
        foreach (var table in await TablesAsync())
        {
            await foreach (var row in service.GetTableClient(prefix + table).QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
            {
                rows.Add($"{table} {row.PartitionKey}/{row.RowKey} {row.ETag}");
            }
        }

        return [.. rows.Order()];
    }

    /// <summary>Writes a row straight into a table of the deployment, as a store the product does not know yet would.</summary>
    public Task AddRowAsync(string table, string partition, string row, Dictionary<string, object> columns)
    {
        var entity = new TableEntity(partition, row);
        foreach (var (name, value) in columns)
        {
            entity[name] = value;
        }

        return service.GetTableClient(prefix + table).AddEntityAsync(entity);
    }

    /// <summary>A table of the deployment that no code of the product writes yet: what a helper adding a store creates.</summary>
    public async Task<TableClient> NewTableAsync(string name)
    {
        var table = service.GetTableClient(prefix + name);
        await table.CreateIfNotExistsAsync();
        return table;
    }
}
