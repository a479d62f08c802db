using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Delivery;
using Mentoring.Core.Scheduling;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Dispatch;

/// <summary>Due sessions by quarter hour; a cursor row remembers the oldest bucket that may still hold work.</summary>
/// <remarks>
/// An entry falls due at its due time, or now when that is already past (a reminder for a session scheduled late), and
/// lives in that time's bucket: a bucket the cursor has passed never receives entries, writers only add to the present or
/// the future. The bucket is a function of the entry's due time, so marking it needs no other key.
/// Writes merge without the Dispatched flag, so re-saving a session never makes a dispatched entry due again.
/// </remarks>
internal sealed class TableSessionDueIndex(Tables tables, DeliverySettings settings, TimeProvider time) : ISessionDueIndex
{
    private const string CursorPartition = "cursor";

    /// <summary>Past buckets stay read this long, for writers whose clock or request lags.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Indexes the follow-up (at the end), the reminder (<see cref="DeliverySettings.ReminderLead"/> before) and the two nudges
    /// (<see cref="DeliverySettings.PrepareNudgeLead"/>, <see cref="DeliverySettings.CommitmentNudgeLead"/> before) of upcoming sessions.
    /// </summary>
    public Task WriteAsync(TenantId tenant, CircleId circle, IReadOnlyList<Session> sessions, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var entries = sessions.Where(s => s.State == SessionState.Upcoming && s.End > now)
            .SelectMany(s => new[]
            {
                (Kind: CardKind.FollowUp, s, DueAt: s.End), (Kind: CardKind.Reminder, s, DueAt: s.Start - settings.ReminderLead),
                (Kind: CardKind.PrepareNudge, s, DueAt: s.Start - settings.PrepareNudgeLead), (Kind: CardKind.CommitmentNudge, s, DueAt: s.Start - settings.CommitmentNudgeLead),
            })
            .Where(e => e.Kind == CardKind.FollowUp || e.s.Start > now)
            .Select(e => (e.Kind, e.s, DueAt: e.DueAt > now ? e.DueAt : now))
            .Select(e => new TableEntity(DueBuckets.Key(DueBuckets.Floor(e.DueAt)), RowOf(e.Kind, tenant, circle, e.s.Id))
            {
                [nameof(SessionDueEntity.DueAt)] = e.DueAt,
                [nameof(SessionDueEntity.Start)] = e.s.Start,
                [nameof(SessionDueEntity.End)] = e.s.End,
            });
        return Task.WhenAll(entries.Select(e => tables.SessionDue.UpsertEntityAsync(e, TableUpdateMode.Merge, cancellationToken)));
    }

    public async IAsyncEnumerable<DueSession> ListDueAsync(DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var oldest = DueBuckets.Floor(now - settings.MaxLateness);
        var cursor = await tables.SessionDue.GetEntityIfExistsAsync<TableEntity>(CursorPartition, CursorPartition, cancellationToken: cancellationToken).ConfigureAwait(false);
        var from = cursor.HasValue && cursor.Value!.GetString("Bucket") is { } key && DueBuckets.Parse(key) > oldest ? DueBuckets.Parse(key) : oldest;
        DateTimeOffset? firstOpen = null;
        for (var bucket = from; bucket <= now; bucket += DueBuckets.Size)
        {
            var partition = DueBuckets.Key(bucket);
            var open = bucket + DueBuckets.Size + Grace > now;
            // Filtered here, not in the query: a filter on a property never written (not yet dispatched) matches nothing.
            await foreach (var e in tables.SessionDue.QueryAsync<SessionDueEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (e.Dispatched == true)
                {
                    continue;
                }

                open = true;
                if (e.DueAt <= now && ToDue(e) is { } due)
                {
                    yield return due;
                }
            }

            firstOpen ??= open ? bucket : null;
        }

        var next = DueBuckets.Key(firstOpen ?? DueBuckets.Floor(now));
        if (!cursor.HasValue || cursor.Value!.GetString("Bucket") != next)
        {
            await tables.SessionDue.UpsertEntityAsync(new TableEntity(CursorPartition, CursorPartition) { ["Bucket"] = next }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task MarkDispatchedAsync(DueSession entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var bucket = DueBuckets.Key(DueBuckets.Floor(entry.DueAt));
        return tables.SessionDue.UpsertEntityAsync(new TableEntity(bucket, RowOf(entry.Kind, entry.Tenant, entry.Circle, entry.SessionId)) { [nameof(SessionDueEntity.Dispatched)] = true }, TableUpdateMode.Merge, cancellationToken);
    }

    internal static string RowOf(CardKind kind, TenantId tenant, CircleId circle, string session) => $"{kind}_{tenant}_{circle}_{session}";

    internal static DueSession? ToDue(SessionDueEntity e)
    {
        var parts = e.RowKey.Split('_');
        return parts.Length == 4 && Enum.TryParse<CardKind>(parts[0], out var kind) && TenantId.TryParse(parts[1], out var tenant) && CircleId.TryParse(parts[2], out var circle)
            ? new DueSession(tenant, circle, parts[3], kind, e.DueAt, e.Start, e.End)
            : null;
    }
}
