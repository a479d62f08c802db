using Mentoring.Core.Circles;
using Mentoring.Core.Common;

namespace Mentoring.Core.Scheduling;

/// <summary>Keeps the sessions the organizer moved or cancelled one by one across a change of the series' cadence.</summary>
/// <remarks>
/// <para>Exchange discards a series' exceptions when its recurrence or start changes ("If the recurrence pattern has changed, the
/// client ... removes every exception", MS-OXOCAL 3.1.4.7.3.5, https://learn.microsoft.com/openspecs/exchange_server_protocols/ms-oxocal/4b92fb85-db55-4251-8e81-e319361218e1):
/// every moved occurrence goes back to the pattern and every cancelled one comes back. The product knows them from its sessions,
/// read before the change (<see cref="ReadAsync"/>); afterwards each is re-applied to the occurrence of the same original local
/// date in the new pattern (<see cref="ReapplyAsync"/>): moved again to its start (with the new length), or cancelled again.</para>
/// <para>A moved session whose date the new pattern no longer has cannot be kept, nor one the calendar refuses to change: they are
/// returned, for the tab to tell the organizer. A cancelled session whose date is gone needs nothing. An occurrence already where
/// it should be is left alone, so a repeated change (a retry) re-applies nothing twice.</para>
/// </remarks>
public sealed class SessionExceptions(ISessionStore sessions, ICalendarGateway calendar, TimeProvider time)
{
    /// <summary>The circle's sessions still ahead that differ from the pattern: moved (upcoming) or cancelled.</summary>
    public async Task<IReadOnlyList<Session>> ReadAsync(Circle circle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var now = time.GetUtcNow();
        var all = await sessions.ListAsync(circle.Tenant, circle.Id, cancellationToken).ConfigureAwait(false);
        return [.. all.Where(s => s.State == SessionState.Cancelled ? s.OriginalStart > now : s is { State: SessionState.Upcoming, IsMoved: true } && s.Start > now)];
    }

    /// <summary>Re-applies <paramref name="exceptions"/> (read under <paramref name="before"/>) to the series now following <paramref name="after"/>.</summary>
    /// <returns>The sessions that could not be kept; a failure only when the calendar is unavailable (the whole step can be repeated).</returns>
    public async Task<Result<IReadOnlyList<SessionNotKept>>> ReapplyAsync(
        Circle circle, Cadence before, Cadence after, IReadOnlyList<Session> exceptions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(circle);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (exceptions.Count == 0)
        {
            return Result<IReadOnlyList<SessionNotKept>>.Success([]);
        }

        var schedule = circle.Schedule!;
        var expected = after.Expand();
        var listed = await calendar.ListOccurrencesAsync(
            circle.Tenant, schedule.Organizer, schedule.Series!.SeriesMasterId, expected[0].Start.AddDays(-1), expected[^1].End.AddDays(62), cancellationToken).ConfigureAwait(false);
        if (!listed.IsSuccess)
        {
            return Result<IReadOnlyList<SessionNotKept>>.Failure(listed.Errors);
        }

        var byDate = listed.Value.GroupBy(o => after.SessionDateOf(o.OriginalStart)).ToDictionary(g => g.Key, g => g.First());
        var notKept = new List<SessionNotKept>();
        foreach (var session in exceptions)
        {
            var occurrence = byDate.GetValueOrDefault(before.SessionDateOf(session.OriginalStart));
            var kept = await ApplyAsync(circle, session, occurrence, cancellationToken).ConfigureAwait(false);
            if (!kept.IsSuccess && kept.Errors[0].Kind == ErrorKind.Unavailable)
            {
                return Result<IReadOnlyList<SessionNotKept>>.Failure(kept.Errors);
            }

            if (!kept.IsSuccess || !kept.Value)
            {
                notKept.Add(new SessionNotKept(session.OriginalStart, session.Start, session.End, session.State == SessionState.Cancelled));
            }
        }

        return notKept;
    }

    /// <summary>Puts one exception back on its occurrence; false when the new pattern has no occurrence for a moved session.</summary>
    private async Task<Result<bool>> ApplyAsync(Circle circle, Session session, Occurrence? occurrence, CancellationToken cancellationToken)
    {
        var (tenant, organizer) = (circle.Tenant, circle.Schedule!.Organizer);
        if (session.State == SessionState.Cancelled)
        {
            // Gone from the new pattern: nothing to cancel again.
            if (occurrence is null)
            {
                return true;
            }

            var cancelled = await calendar.CancelOccurrenceAsync(tenant, organizer, occurrence.OccurrenceId, "", cancellationToken).ConfigureAwait(false);
            return cancelled.Map(_ => true);
        }

        if (occurrence is null)
        {
            return false;
        }

        if (occurrence.Start == session.Start)
        {
            return true;
        }

        // The start the organizer chose, the length the new cadence gives every session.
        var end = session.Start + (occurrence.End - occurrence.Start);
        var moved = await calendar.MoveOccurrenceAsync(tenant, organizer, occurrence.OccurrenceId, session.Start, end, cancellationToken).ConfigureAwait(false);
        return moved.Map(_ => true);
    }
}
