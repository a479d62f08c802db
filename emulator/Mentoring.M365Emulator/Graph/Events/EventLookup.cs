namespace Mentoring.M365Emulator.Graph.Events;

/// <summary>Resolves an event id, master or occurrence, as seen from one mailbox (an attendee knows only their copy's ids). Call under the store's lock.</summary>
internal static class EventLookup
{
    public static (StoredEvent? Stored, Occurrence? Occurrence) Find(CalendarStore store, DemoUser mailbox, string eventId)
    {
        if (store.FindIn(mailbox.Id, eventId) is { } direct)
            return (direct, null);
        if (!EventIds.TryParseOccurrence(eventId, out var masterId, out var originalStart)
            || store.FindIn(mailbox.Id, masterId) is not { } master)
            return (null, null);
        return OccurrenceExpander.Find(master, originalStart) is { } occurrence ? (master, occurrence) : (null, null);
    }
}
