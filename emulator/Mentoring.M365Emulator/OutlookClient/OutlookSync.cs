namespace Mentoring.M365Emulator.OutlookClient;

/// <summary>
/// When an item saved by the Outlook page reaches the server (Graph). Outlook in cached mode saves to its local store first:
/// "it may take some time before the item is actually synced to the server. Until the item is synced, using the itemId will
/// return an error" (learn.microsoft.com/javascript/api/outlook/office.appointmentcompose, saveAsync). The delay is counted on
/// the emulator's date (a test's fixed clock moves only when the test moves it), and a save due is delivered before the
/// emulator answers any request; zero (the default) is Outlook on the web, online.
/// </summary>
public sealed class OutlookSync(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (DateTimeOffset Due, Action ReachServer)> _pending = new(StringComparer.Ordinal);

    public TimeSpan SaveDelay { get; set; } = TimeSpan.Zero;

    /// <summary>Saves still on their way to the server.</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
                return _pending.Count;
        }
    }

    /// <summary>Runs <paramref name="reachServer"/> now, or once <see cref="SaveDelay"/> has passed; a later save of the same item replaces it.</summary>
    internal void Deliver(string itemId, Action reachServer)
    {
        lock (_gate)
        {
            _pending.Remove(itemId);
            if (SaveDelay > TimeSpan.Zero)
            {
                _pending[itemId] = (time.GetUtcNow() + SaveDelay, reachServer);
                return;
            }
        }

        reachServer();
    }

    internal void Cancel(string itemId)
    {
        lock (_gate)
            _pending.Remove(itemId);
    }

    /// <summary>Delivers every save whose delay has passed: called before each request the emulator answers.</summary>
    internal void DeliverDue()
    {
        List<Action> due;
        lock (_gate)
        {
            if (_pending.Count == 0)
                return;
            var now = time.GetUtcNow();
            var ids = _pending.Where(p => p.Value.Due <= now).Select(p => p.Key).ToList();
            due = [.. ids.Select(id => _pending[id].ReachServer)];
            ids.ForEach(id => _pending.Remove(id));
        }

        due.ForEach(reach => reach());
    }
}
