namespace Mentoring.M365Emulator.Graph.Events;

/// <summary>All calendars, in memory. One lock guards everything: the emulator favours obviousness over throughput.</summary>
/// <remarks>
/// An attendee's "copy" is the organizer's event itself, listed for the attendee too. Real Exchange gives each
/// mailbox its own item id; sharing one keeps organizer updates and cancellations visible to attendees for free.
/// </remarks>
internal sealed class CalendarStore
{
    private readonly Dictionary<string, StoredEvent> _events = new(StringComparer.Ordinal);

    public Lock Gate { get; } = new();

    public void Add(StoredEvent stored) => _events[stored.Id] = stored;

    public bool Remove(string id) => _events.Remove(id);

    public StoredEvent? Find(string id) => _events.GetValueOrDefault(id);

    public StoredEvent? FindByTransaction(Guid organizer, string transactionId) =>
        _events.Values.FirstOrDefault(e => e.Organizer.Id == organizer && e.TransactionId == transactionId);

    public IEnumerable<StoredEvent> VisibleTo(Guid mailbox) => _events.Values.Where(e => e.IsVisibleTo(mailbox)).ToList();
}
