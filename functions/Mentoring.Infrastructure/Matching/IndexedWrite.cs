using Azure;
using Azure.Data.Tables;

namespace Mentoring.Infrastructure.Matching;

/// <summary>Writes a row and the index rows that follow it in one entity group transaction (one partition: the tenant's).</summary>
internal static class IndexedWrite
{
    /// <summary>A delete of an index row, whatever its version: the row may be missing, which <see cref="SubmitAsync"/> allows.</summary>
    public static TableTransactionAction Delete(string partition, string row) =>
        new(TableTransactionActionType.Delete, new TableEntity(partition, row), ETag.All);

    /// <summary>Submits <paramref name="actions"/>, whose last may be the delete of an index row; when that row was not there (Table
    /// Storage then fails the whole transaction with 404), submits the others alone.</summary>
    /// <remarks>A 404 of another action (a replaced entity gone) fails again, and the caller maps it as before. It costs a second
    /// request only when the index row was already absent (a profile that never was an available mentor).</remarks>
    public static async Task<Response<IReadOnlyList<Response>>> SubmitAsync(TableClient table, IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        try
        {
            return await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
        }
        catch (TableTransactionFailedException e) when (e.Status == 404 && actions[^1].ActionType == TableTransactionActionType.Delete)
        {
            return await table.SubmitTransactionAsync(actions.Take(actions.Count - 1), cancellationToken).ConfigureAwait(false);
        }
    }
}
