namespace Mentoring.M365Emulator.Graph.Events;

/// <summary>The meeting messages each attendee received, for tests to read (the emulator sends no real mail).</summary>
/// <remarks>Thread-safe on its own: tests read it while the product writes events.</remarks>
public sealed class MeetingMailboxes
{
    private readonly Dictionary<Guid, List<MeetingMessage>> _messages = [];
    private readonly Lock _gate = new();

    /// <summary>Every meeting message <paramref name="attendee"/> received, oldest first.</summary>
    public IReadOnlyList<MeetingMessage> For(Guid attendee)
    {
        lock (_gate)
            return _messages.TryGetValue(attendee, out var list) ? [.. list] : [];
    }

    /// <summary>Forgets every message (a benchmark or test starting its count).</summary>
    public void Clear()
    {
        lock (_gate)
            _messages.Clear();
    }

    internal void Deliver(Guid attendee, MeetingMessage message)
    {
        lock (_gate)
        {
            if (!_messages.TryGetValue(attendee, out var list))
                _messages[attendee] = list = [];
            list.Add(message);
        }
    }
}
