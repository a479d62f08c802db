namespace Mentoring.M365Emulator.Graph.Events;

/// <summary>All calendars, in memory. One lock guards everything: the emulator favours obviousness over throughput.</summary>
/// <remarks>
/// Each event is stored once, in its organizer's calendar; an attendee reaches it through their own copy's id
/// (<see cref="AttendeeCopy"/>), never through the organizer's, as in Exchange where every mailbox has its own item.
/// </remarks>
internal sealed class CalendarStore
{
    private readonly Dictionary<string, StoredEvent> _events = new(StringComparer.Ordinal);

    public Lock Gate { get; } = new();

    /// <summary>The zone rules Exchange places occurrences with.</summary>
    public Time.ZoneRules Zones { get; } = new();

    /// <summary>Told of every change while <see cref="Gate"/> is held: the change notifications' and calendarView/delta's hook.</summary>
    public Subscriptions.EventChanges Changes { get; } = new();

    public void Add(StoredEvent stored)
    {
        stored.Zones = Zones;
        var replaced = _events.ContainsKey(stored.Id);
        _events[stored.Id] = stored;
        Changes.Record(stored, replaced ? "updated" : "created");
    }

    public bool Remove(string id)
    {
        if (!_events.Remove(id, out var gone))
            return false;
        Changes.Record(gone, "deleted");
        return true;
    }

    /// <summary>An event changed in place (updated, an occurrence cancelled, an attachment): its mailboxes are told.</summary>
    /// <param name="onlyFor">The one mailbox concerned (an attendee deleting their copy), or every mailbox that sees it.</param>
    public void Touch(StoredEvent stored, string changeType = "updated", Guid? onlyFor = null) => Changes.Record(stored, changeType, onlyFor);

    public StoredEvent? Find(string id) => _events.GetValueOrDefault(id);

    /// <summary>The meeting messages attendees received.</summary>
    public MeetingMailboxes Mail { get; } = new();

    /// <summary>The event <paramref name="id"/> names in <paramref name="mailbox"/>: the organizer's own, or an attendee's copy.</summary>
    public StoredEvent? FindIn(Guid mailbox, string id)
    {
        if (_events.GetValueOrDefault(id) is { } own)
            return own.Organizer.Id == mailbox ? own : null;
        return _events.Values.FirstOrDefault(e => e.Attendees.Contains(mailbox) && e.Copies.TryGetValue(mailbox, out var c) && c.Id == id);
    }

    public StoredEvent? FindByTransaction(Guid organizer, string transactionId) =>
        _events.Values.FirstOrDefault(e => e.Organizer.Id == organizer && e.TransactionId == transactionId);

    /// <summary>The event whose Teams meeting has this onlineMeeting id (any copy: they share the organizer).</summary>
    public StoredEvent? FindByMeeting(string meetingId) => _events.Values.FirstOrDefault(e => e.Meeting?.Id == meetingId);

    public StoredEvent? FindByJoinWebUrl(string joinWebUrl) => _events.Values.FirstOrDefault(e => e.Meeting?.JoinWebUrl == joinWebUrl);

    public IEnumerable<StoredEvent> VisibleTo(Guid mailbox) => _events.Values.Where(e => e.IsVisibleTo(mailbox)).ToList();
}
