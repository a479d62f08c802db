namespace Mentoring.Core.Scheduling;

/// <summary>Turns what the calendar says into the circle's sessions, changing only what changed.</summary>
/// <remarks>
/// <para>A session is matched to its occurrence by its original local date in the cadence's zone (<see cref="Cadence.SessionDateOf"/>),
/// never by an exact instant: Graph computes instants from Windows zone data, the domain from the tz database, and the two
/// may disagree by an hour around a DST change; a session matched by instant would then turn into "cancelled" plus a
/// stranger. A pattern yields at most one session a day, so the date is a key.</para>
/// <para>A session keeps the id it was stored with (agenda items and commitments hang on it): an existing session is found by
/// id first, then by date, so sessions stored under an instant the domain no longer computes keep their id.</para>
/// <para>An expected session the calendar no longer has was cancelled in Outlook. Sessions already past are never deleted,
/// so changing a cadence keeps the history. A followed-up session stays followed-up.</para>
/// </remarks>
public static class SessionReconciliation
{
    public static (IReadOnlyList<Session> Upserts, IReadOnlyList<string> Deletes) Reconcile(
        Cadence cadence, IReadOnlyList<Occurrence> occurrences, IReadOnlyList<Session> existing, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(cadence);
        var before = existing.ToDictionary(s => s.Id);
        var beforeByDate = existing.GroupBy(s => cadence.SessionDateOf(s.OriginalStart)).ToDictionary(g => g.Key, g => g.ToList());
        var byDate = occurrences.GroupBy(o => cadence.SessionDateOf(o.OriginalStart)).ToDictionary(g => g.Key, g => g.First());
        var sessions = new Dictionary<string, Session>();

        // Which stored session a day's session continues: the one with its id, else the one stored for that day, once only.
        Session? Previous(string id, DateOnly date)
        {
            var old = before.GetValueOrDefault(id) ?? beforeByDate.GetValueOrDefault(date)?.FirstOrDefault(s => !sessions.ContainsKey(s.Id));
            return old is not null && !sessions.ContainsKey(old.Id) ? old : null;
        }

        foreach (var slot in cadence.Expand())
        {
            var old = Previous(Session.IdFor(slot.Start), slot.OriginalLocalDate);
            var id = old?.Id ?? Session.IdFor(slot.Start);
            sessions[id] = byDate.Remove(slot.OriginalLocalDate, out var occurrence)
                ? new Session(id, occurrence.OccurrenceId, occurrence.OriginalStart, occurrence.Start, occurrence.End, StateOf(old, occurrence.End, now))
                : new Session(id, old?.OccurrenceId, old?.OriginalStart ?? slot.Start, old?.Start ?? slot.Start, old?.End ?? slot.End, SessionState.Cancelled);
        }

        foreach (var (date, extra) in byDate)
        {
            var old = Previous(Session.IdFor(extra.OriginalStart), date);
            var id = old?.Id ?? Session.IdFor(extra.OriginalStart);
            sessions[id] = new Session(id, extra.OccurrenceId, extra.OriginalStart, extra.Start, extra.End, StateOf(old, extra.End, now));
        }

        var upserts = sessions.Values.Where(s => !before.TryGetValue(s.Id, out var old) || old != s).OrderBy(s => s.OriginalStart).ToArray();
        var deletes = existing.Where(s => !sessions.ContainsKey(s.Id) && s.OriginalStart >= now).Select(s => s.Id).ToArray();
        return (upserts, deletes);
    }

    private static SessionState StateOf(Session? old, DateTimeOffset end, DateTimeOffset now) =>
        old?.State == SessionState.FollowedUp ? SessionState.FollowedUp : end <= now ? SessionState.Ended : SessionState.Upcoming;
}
