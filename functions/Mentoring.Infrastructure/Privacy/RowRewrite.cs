using Azure;
using Azure.Data.Tables;

namespace Mentoring.Infrastructure.Privacy;

/// <summary>An erasure's write of a row it keeps for the others, under the ETag it read.</summary>
internal static class RowRewrite
{
    private const int Attempts = 5;

    /// <summary>When a member changed the row meanwhile (412), reads it again and rewrites what they wrote; gone (404) is done.</summary>
    public static async Task RewriteAsync(TableClient table, TableEntity row, ErasedText text, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (text.Rewritten(row) is not { } rewritten)
            {
                return;
            }

            try
            {
                await table.UpdateEntityAsync(rewritten, row.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (RequestFailedException e) when (e.Status == 412 && attempt < Attempts)
            {
                var fresh = await table.GetEntityIfExistsAsync<TableEntity>(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
                if (!fresh.HasValue)
                {
                    return;
                }

                row = fresh.Value!;
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                return;
            }
        }
    }
}
