namespace Mentoring.Core.Scheduling;

/// <summary>Turns what the calendar says into the circle's sessions, changing only what changed.</summary>
/// <remarks>
/// A session is matched to its occurrence by original start. An expected session the calendar no longer has was cancelled
/// in Outlook. Sessions already past are never deleted, so changing a cadence keeps the history. A followed-up session
/// stays followed-up.
/// </remarks>
public static class SessionReconciliation
{
    public static (IReadOnlyList<Session> Upserts, IReadOnlyList<string> Deletes) Reconcile(
        IReadOnlyList<SessionSlot> expected, IReadOnlyList<Occurrence> occurrences, IReadOnlyList<Session> existing, DateTimeOffset now)
    {
        var before = existing.ToDictionary(s => s.Id);
        var byOriginal = occurrences.GroupBy(o => o.OriginalStart).ToDictionary(g => g.Key, g => g.First());
        var sessions = new Dictionary<string, Session>();
        foreach (var slot in expected)
        {
            var id = Session.IdFor(slot.Start);
            before.TryGetValue(id, out var old);
            sessions[id] = byOriginal.Remove(slot.Start, out var occurrence)
                ? new Session(id, occurrence.OccurrenceId, slot.Start, occurrence.Start, occurrence.End, StateOf(old, occurrence.End, now))
                : new Session(id, old?.OccurrenceId, slot.Start, old?.Start ?? slot.Start, old?.End ?? slot.End, SessionState.Cancelled);
        }

        foreach (var extra in byOriginal.Values)
        {
            var id = Session.IdFor(extra.OriginalStart);
            sessions[id] = new Session(id, extra.OccurrenceId, extra.OriginalStart, extra.Start, extra.End, StateOf(before.GetValueOrDefault(id), extra.End, now));
        }

        var upserts = sessions.Values.Where(s => !before.TryGetValue(s.Id, out var old) || old != s).OrderBy(s => s.OriginalStart).ToArray();
        var deletes = existing.Where(s => !sessions.ContainsKey(s.Id) && s.OriginalStart >= now).Select(s => s.Id).ToArray();
        return (upserts, deletes);
    }

    private static SessionState StateOf(Session? old, DateTimeOffset end, DateTimeOffset now) =>
        old?.State == SessionState.FollowedUp ? SessionState.FollowedUp : end <= now ? SessionState.Ended : SessionState.Upcoming;
}
