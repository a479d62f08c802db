namespace Mentoring.Core.Delivery;

/// <summary>
/// Use case of the dispatch timer: a card whose queue message is gone (moved to the poison queue after too many failed
/// attempts) while its outbox row was not final would never be sent; the sweep gives such rows a message again.
/// </summary>
/// <remarks>
/// <para>Only rows nobody holds are taken: lease over, and unchanged for <see cref="DeliverySettings.SweepAfter"/> (a row
/// whose message is only waiting for its retry changes before that). A message too many is harmless: the outbox decides.
/// Claimed and Pending rows sent nothing, so the card is sent; a Sending row may have been delivered, so
/// <see cref="DeliverCard"/> ends it Unknown without sending: the decision that a member may miss a card, never get two.</para>
/// <para>Only the sessions dispatched recently are read (<see cref="IDispatchedSessions"/>); each is forgotten once all its
/// rows are final and its attendance is read (<see cref="Attendance.RereadAttendance"/>), or when it is too late to send
/// anything (<see cref="DeliverySettings.MaxLateness"/>).</para>
/// </remarks>
public sealed class SweepStrandedCards(IDispatchedSessions dispatched, IOutbox outbox, IDeliveryQueue queue, DeliverySettings settings, TimeProvider time)
{
    /// <summary>
    /// A session is kept this long at least, even with no open row: by then its session message has fanned out or gone to
    /// the poison queue (10 attempts 30 s apart), so every card it will ever have has a row.
    /// </summary>
    private static readonly TimeSpan Settle = TimeSpan.FromHours(1);

    /// <summary>How many cards were enqueued again, and how many sessions stopped being watched.</summary>
    public async Task<(int Requeued, int Forgotten)> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var (requeued, forgotten) = (0, 0);
        await foreach (var watched in dispatched.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (watched.Session.DueAt + settings.MaxLateness < now)
            {
                // Too late to send: DispatchDueSessions would have dropped the session itself by now.
                await dispatched.RemoveAsync(watched.Session, cancellationToken).ConfigureAwait(false);
                forgotten++;
                continue;
            }

            if (watched.DispatchedAt + settings.SweepAfter > now)
            {
                continue;
            }

            var open = await outbox.ListUnfinishedAsync(watched.Session, cancellationToken).ConfigureAwait(false);
            var stranded = open.Where(r => IsStranded(r, now)).Select(r => r.Card).ToArray();
            if (stranded.Length > 0)
            {
                await queue.EnqueueCardsAsync(stranded, cancellationToken).ConfigureAwait(false);
                requeued += stranded.Length;
            }
            else if (open.Count == 0 && watched.DispatchedAt + Settle <= now && watched.Attendance is null)
            {
                await dispatched.RemoveAsync(watched.Session, cancellationToken).ConfigureAwait(false);
                forgotten++;
            }
        }

        return (requeued, forgotten);
    }

    private bool IsStranded(OutboxRow row, DateTimeOffset now) =>
        !row.IsFinal && (row.LeaseUntil is null || row.LeaseUntil <= now) && (row.ChangedAt is null || row.ChangedAt + settings.SweepAfter <= now);
}
