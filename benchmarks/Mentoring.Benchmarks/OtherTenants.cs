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

    /// <summary>
    /// Other people's circles in the SAME tenant: each a circle row and nine entries in its own partition, a card in the outbox
    /// and a bot contact; what an export or an erasure would read if it read the tenant's circles rather than the person's.
    /// </summary>
    public static async Task FillSameTenantAsync(TableServiceClient service, string prefix, Guid tenant, int circles)
    {
        var ids = Enumerable.Range(0, circles).Select(_ => (Circle: Guid.NewGuid(), Person: Guid.NewGuid())).ToArray();
        var circleTable = service.GetTableClient(prefix + "Circles");
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (o, ct) =>
            await circleTable.SubmitTransactionAsync(
                [
                    new(TableTransactionActionType.Add, new TableEntity($"{tenant}_{o.Circle}", "circle")
                    {
                        ["CircleId"] = o.Circle, ["Status"] = "Active", ["MembersJson"] = $"[{{\"personId\":\"{o.Person}\"}}]",
                    }),
                    .. Enumerable.Range(0, 9).Select(i => new TableTransactionAction(TableTransactionActionType.Add,
                        new TableEntity($"{tenant}_{o.Circle}", $"item_{i:D3}_{Guid.NewGuid()}") { ["AuthorId"] = o.Person, ["Text"] = "Un blocage" })),
                ],
                ct));
        foreach (var batch in ids.Chunk(100))
        {
            var cards = batch.Select(o => new TableTransactionAction(TableTransactionActionType.Add,
                new TableEntity($"{tenant}_{batch[0].Circle}_s1", $"FollowUp_{o.Person}") { ["State"] = "Sent" }));
            await service.GetTableClient(prefix + "Outbox").SubmitTransactionAsync(cards);
            var contacts = batch.Select(o => new TableTransactionAction(TableTransactionActionType.Add,
                new TableEntity(tenant.ToString(), o.Person.ToString()) { ["ConversationId"] = "a:1" }));
            await service.GetTableClient(prefix + "BotContacts").SubmitTransactionAsync(contacts);
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
