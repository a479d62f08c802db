using Azure.Data.Tables;

namespace Mentoring.Benchmarks;

/// <summary>
/// Rows of other tenants, spread over the tables an export or an erasure reads (circle partitions, the matching partition,
/// the outbox, the memberships index, people, bot contacts), written by transactions of 100 rows of one partition.
/// </summary>
internal static class OtherTenants
{
    private static readonly string[] TablesRead = ["Circles", "Matching", "Outbox", "Memberships", "People", "BotContacts"];

    public static async Task FillAsync(TableServiceClient service, string prefix, int rows)
    {
        var perTable = rows / TablesRead.Length;
        foreach (var name in TablesRead)
        {
            var table = service.GetTableClient(prefix + name);
            await table.CreateIfNotExistsAsync();
            var batches = Enumerable.Range(0, perTable / 100).Select(_ => Batch(name));
            await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (batch, ct) =>
                await table.SubmitTransactionAsync(batch, ct));
        }
    }

    /// <summary>100 rows of one partition of a made-up tenant, shaped as the table's own partitions are ("{tenant}_…" or the tenant).</summary>
    private static List<TableTransactionAction> Batch(string table)
    {
        var tenant = Guid.NewGuid();
        var partition = table is "Circles" or "Outbox" or "Memberships" ? $"{tenant}_{Guid.NewGuid()}" : tenant.ToString();
        return [.. Enumerable.Range(0, 100).Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, $"row_{i:D3}_{Guid.NewGuid()}")
        {
            ["AuthorId"] = Guid.NewGuid(),
            ["Json"] = "{\"text\":\"Camille Martin, une homonyme d'un autre locataire\"}",
        }))];
    }
}
