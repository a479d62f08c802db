namespace Mentoring.M365Emulator.Graph.Events;

/// <summary>Resolves an event id, master or occurrence, as seen from one mailbox. Call under the store's lock.</summary>
internal static class EventLookup
{
    public static (StoredEvent? Stored, Occurrence? Occurrence) Find(CalendarStore store, DemoUser mailbox, string eventId)
    {
        if (store.Find(eventId) is { } direct)
            return direct.IsVisibleTo(mailbox.Id) ? (direct, null) : (null, null);
        if (!EventIds.TryParseOccurrence(eventId, out var masterId, out var originalStart)
            || store.Find(masterId) is not { } master || !master.IsVisibleTo(mailbox.Id))
            return (null, null);
        return OccurrenceExpander.Find(master, originalStart) is { } occurrence ? (master, occurrence) : (null, null);
    }
}
