using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using Mentoring.Core.Attendance;
using Mentoring.Core.Delivery;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Dispatch;

/// <summary>
/// The recently dispatched sessions: one partition ("dispatched") of the due-session table, a row per session and kind keyed
/// as in the index. It holds the last <see cref="DeliverySettings.MaxLateness"/> of sessions at most, read in one query.
/// </summary>
internal sealed class TableDispatchedSessions(Tables tables) : IDispatchedSessions
{
    private const string Partition = "dispatched";

    public Task AddAsync(DueSession session, DateTimeOffset dispatchedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        var entity = new SessionDueEntity { PartitionKey = Partition, RowKey = RowOf(session), DueAt = session.DueAt, Start = session.Start, End = session.End, Dispatched = true, DispatchedAt = dispatchedAt };

        // A merge: a second timer's add moves the time and keeps an attendance retry the fan-out noted meanwhile.
        return tables.SessionDue.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken);
    }

    public async IAsyncEnumerable<DispatchedSession> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var e in tables.SessionDue.QueryAsync<SessionDueEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (TableSessionDueIndex.ToDue(e) is { } due)
            {
                var retry = e is { AttendanceReads: > 0, AttendanceNextReadAt: { } next } ? new AttendanceRetry(e.AttendanceReads.Value, next) : null;
                yield return new DispatchedSession(due, e.DispatchedAt ?? e.DueAt, retry);
            }
        }
    }

    /// <remarks>A merge: the dispatch time the timer wrote stays (or, for a row the sweep forgot, the session's due time is used).</remarks>
    public Task SetAttendanceRetryAsync(DueSession session, AttendanceRetry? retry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        var entity = new SessionDueEntity
        {
            PartitionKey = Partition, RowKey = RowOf(session), DueAt = session.DueAt, Start = session.Start, End = session.End, Dispatched = true,
            AttendanceReads = retry?.Reads ?? 0, AttendanceNextReadAt = retry?.NextReadAt ?? session.End,
        };
        return tables.SessionDue.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken);
    }

    public async Task RemoveAsync(DueSession session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        await tables.SessionDue.DeleteEntityAsync(Partition, RowOf(session), cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static string RowOf(DueSession s) => TableSessionDueIndex.RowOf(s.Kind, s.Tenant, s.Circle, s.SessionId);
}
