using Mentoring.Core.Attendance;
using Mentoring.Core.Circles;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Delivery;

/// <summary>Use case of the session queue: turns a due session into one card message per member.</summary>
/// <remarks>
/// An entry whose session moved, was cancelled, or whose circle closed since it was indexed sends nothing: a moved session
/// has its own entry at its new time. Enqueuing twice is harmless (the outbox keeps one row per member), so this needs no
/// state of its own.
/// Before a session's follow-up cards, its Teams attendance is recorded (one Graph reading per session, not per card), so each
/// card pre-fills "attended"; a fault or a meeting Graph does not know leaves the cards self-reported and delays none of them.
/// After a fault the dispatch timer reads it again later (<see cref="RereadAttendance"/>).
/// </remarks>
public sealed class FanOutDueSession(
    ICircleStore circles, ISessionStore sessions, IDeliveryQueue queue, RecordAttendance attendance, IDispatchedSessions dispatched, TimeProvider time)
{
    /// <summary>The number of card messages enqueued.</summary>
    public async Task<int> ExecuteAsync(DueSession due, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(due);
        var circle = await circles.FindAsync(due.Tenant, due.Circle, cancellationToken).ConfigureAwait(false);
        if (circle?.Value is not { Status: not CircleStatus.Closed } found)
        {
            return 0;
        }

        var session = (await sessions.ListAsync(due.Tenant, due.Circle, cancellationToken).ConfigureAwait(false)).FirstOrDefault(s => s.Id == due.SessionId);
        if (session is null || session.State == SessionState.Cancelled || session.Start != due.Start || session.End != due.End)
        {
            return 0;
        }

        if (due.Kind == CardKind.FollowUp)
        {
            var reading = await attendance.ForEndedSessionAsync(due.Tenant, due.Circle, due.SessionId, cancellationToken).ConfigureAwait(false);
            if (RereadAttendance.IsUnavailable(reading))
            {
                await dispatched.SetAttendanceRetryAsync(due, AttendanceRetry.First(time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            }
        }

        var cards = found.Members.Select(m => new CardDelivery(due.Tenant, due.Circle, due.SessionId, m.PersonId, due.Kind)).ToArray();
        await queue.EnqueueCardsAsync(cards, cancellationToken).ConfigureAwait(false);
        return cards.Length;
    }
}
