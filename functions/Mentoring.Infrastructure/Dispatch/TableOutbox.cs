using Azure;
using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Delivery;
using Mentoring.Core.People;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Dispatch;

/// <summary>The outbox in Table Storage: an insert claims a new card, every other change is an ETag-conditioned replace.</summary>
internal sealed class TableOutbox(Tables tables, TimeProvider time) : IOutbox
{
    public async Task<OutboxRow?> TryCreateClaimedAsync(CardDelivery card, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        var (partition, row) = KeysOf(card);
        var entity = new OutboxEntity { PartitionKey = partition, RowKey = row, State = nameof(OutboxState.Claimed), LeaseUntil = leaseUntil, Attempts = 1, Changed = time.GetUtcNow() };
        try
        {
            var added = await tables.Outbox.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            entity.ETag = added.Headers.ETag ?? throw new InvalidOperationException("Table Storage returned no ETag.");
            return ToRow(card, entity);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return null;
        }
    }

    public async Task<OutboxRow?> FindAsync(CardDelivery card, CancellationToken cancellationToken = default)
    {
        var (partition, row) = KeysOf(card);
        var found = await tables.Outbox.GetEntityIfExistsAsync<OutboxEntity>(partition, row, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? ToRow(card, found.Value!) : null;
    }

    public async Task<OutboxRow?> TryReplaceAsync(OutboxRow next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        var (partition, row) = KeysOf(next.Card);
        var entity = new OutboxEntity
        {
            PartitionKey = partition,
            RowKey = row,
            State = next.State.ToString(),
            LeaseUntil = next.LeaseUntil,
            Attempts = next.Attempts,
            ActivityId = next.ActivityId,
            Detail = next.Detail,
            Changed = time.GetUtcNow(),
        };
        try
        {
            var replaced = await tables.Outbox.UpdateEntityAsync(entity, new ETag(next.Version), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            entity.ETag = replaced.Headers.ETag ?? throw new InvalidOperationException("Table Storage returned no ETag.");
            return ToRow(next.Card, entity);
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<OutboxRow>> ListUnfinishedAsync(DueSession session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        var partition = PartitionOf(session.Tenant, session.Circle, session.SessionId);
        var prefix = session.Kind + "_";
        var rows = new List<OutboxRow>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and (State eq {nameof(OutboxState.Pending)} or State eq {nameof(OutboxState.Claimed)} or State eq {nameof(OutboxState.Sending)})");
        await foreach (var e in tables.Outbox.QueryAsync<OutboxEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (e.RowKey.StartsWith(prefix, StringComparison.Ordinal) && PersonId.TryParse(e.RowKey[prefix.Length..], out var member))
            {
                rows.Add(ToRow(new CardDelivery(session.Tenant, session.Circle, session.SessionId, member, session.Kind), e));
            }
        }

        return rows;
    }

    /// <summary>Every outbox row of a session (tests and benchmarks count what was sent).</summary>
    internal IAsyncEnumerable<OutboxEntity> ListAsync(CardDelivery anyOfSession, CancellationToken cancellationToken = default)
    {
        var partition = KeysOf(anyOfSession).Partition;
        return tables.Outbox.QueryAsync<OutboxEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken);
    }

    internal static (string Partition, string Row) KeysOf(CardDelivery card) =>
        (PartitionOf(card.Tenant, card.Circle, card.SessionId), $"{card.Kind}_{card.Member}");

    private static string PartitionOf(TenantId tenant, CircleId circle, string session) => $"{tenant}_{circle}_{session}";

    private static OutboxRow ToRow(CardDelivery card, OutboxEntity e) =>
        new(card, Enum.Parse<OutboxState>(e.State), e.LeaseUntil, e.Attempts, e.ActivityId, e.Detail, e.ETag.ToString()) { ChangedAt = e.Changed };
}
