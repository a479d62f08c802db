using Azure;
using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.FollowUps;
using Mentoring.Infrastructure.Agendas;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.FollowUps;

/// <summary>An answer and its effects as ONE entity-group transaction in the circle's partition: one request, all or nothing.</summary>
/// <remarks>
/// The answer's row is written at the version read (or must be new), so two answers at once cannot both win; every other row
/// at its own version. An answer touches at most 1 + 20 reviewed + 3 + 2 + 4 + 8 rows, well under the 100 a transaction takes.
/// </remarks>
internal sealed class TableFollowUpStore(Tables tables) : IFollowUpStore
{
    public async Task<Result<Unit>> SaveAsync(TenantId tenant, CircleId circle, FollowUpWrite write, CancellationToken cancellationToken = default)
    {
        var partition = Keys.CirclePartition(tenant, circle);
        var actions = write.Writes.Select(w => w.Version switch
        {
            null => new TableTransactionAction(TableTransactionActionType.Add, EntryRows.ToEntity(partition, w.Entry)),
            EntryWrite.Any => new TableTransactionAction(TableTransactionActionType.UpsertReplace, EntryRows.ToEntity(partition, w.Entry)),
            var version => new TableTransactionAction(TableTransactionActionType.UpdateReplace, EntryRows.ToEntity(partition, w.Entry), new ETag(version)),
        }).Concat(write.Deletes.Select(d => new TableTransactionAction(
            TableTransactionActionType.Delete, EntryRows.ToEntity(partition, d.Entry), d.Version is null or EntryWrite.Any ? ETag.All : new ETag(d.Version))));
        try
        {
            await tables.Circles.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return Unit.Value;
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412 or 404)
        {
            // Something was written since it was read (another answer, the author closing a commitment): plan again.
            return Error.Conflict("entry.changed");
        }
    }
}
