using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Scheduling;
using Mentoring.Infrastructure.Dispatch;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Scheduling;

/// <summary>Sessions in the circle's partition: one range query to list, one entity-group transaction per 100 writes.</summary>
/// <remarks>Saving also indexes when each upcoming session's cards fall due (before the sessions: an entry whose session is
/// not there or differs is skipped when due, a session without its entry would be missed).</remarks>
internal sealed class TableSessionStore(Tables tables, TableSessionDueIndex due) : ISessionStore
{
    private const int MaxBatch = 100;

    public async Task<IReadOnlyList<Session>> ListAsync(TenantId tenant, CircleId circle, CancellationToken cancellationToken = default)
    {
        var partition = Keys.CirclePartition(tenant, circle);
        var sessions = new List<Session>();
        var query = tables.Circles.QueryAsync<SessionEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(SessionEntity.RowPrefix) > 0 && e.RowKey.CompareTo(SessionEntity.RowPrefix + "~") < 0,
            cancellationToken: cancellationToken);
        await foreach (var e in query.ConfigureAwait(false))
        {
            sessions.Add(ToSession(e));
        }

        return sessions;
    }

    public async Task SaveAsync(TenantId tenant, CircleId circle, IReadOnlyList<Session> upserts, IReadOnlyList<string> deletes, CancellationToken cancellationToken = default)
    {
        await due.WriteAsync(tenant, circle, upserts, cancellationToken).ConfigureAwait(false);
        var partition = Keys.CirclePartition(tenant, circle);
        var actions = upserts.Select(s => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(partition, s)))
            .Concat(deletes.Select(id => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, SessionEntity.RowPrefix + id), Azure.ETag.All)));
        foreach (var batch in actions.Chunk(MaxBatch))
        {
            await tables.Circles.SubmitTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A session row as a session (the board store reads them in its own partition query).</summary>
    internal static Session ToSession(SessionEntity e) =>
        new(e.RowKey[SessionEntity.RowPrefix.Length..], e.OccurrenceId, e.OriginalStart, e.Start, e.End, Enum.Parse<SessionState>(e.State));

    private static SessionEntity ToEntity(string partition, Session s) => new()
    {
        PartitionKey = partition,
        RowKey = SessionEntity.RowPrefix + s.Id,
        OccurrenceId = s.OccurrenceId,
        OriginalStart = s.OriginalStart,
        Start = s.Start,
        End = s.End,
        State = s.State.ToString(),
    };
}
