namespace Mentoring.M365Emulator.OutlookClient;

/// <summary>
/// When an item saved by the Outlook page reaches the server (Graph). Outlook in cached mode saves to its local store first:
/// "it may take some time before the item is actually synced to the server. Until the item is synced, using the itemId will
/// return an error" (learn.microsoft.com/javascript/api/outlook/office.appointmentcompose, saveAsync). The delay is counted on
/// the emulator's clock, so a test moves it on rather than waiting; zero (the default) is Outlook on the web, online.
/// </summary>
public sealed class OutlookSync(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ITimer> _pending = new(StringComparer.Ordinal);

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

    /// <summary>Runs <paramref name="reachServer"/> now, or once <see cref="SaveDelay"/> has passed on the emulator's clock; a later save of the same item replaces it.</summary>
    internal void Deliver(string itemId, Action reachServer)
    {
        if (SaveDelay <= TimeSpan.Zero)
        {
            Cancel(itemId);
            reachServer();
            return;
        }

        lock (_gate)
        {
            if (_pending.Remove(itemId, out var earlier))
                earlier.Dispose();
            ITimer? timer = null;
            timer = time.CreateTimer(_ =>
            {
                lock (_gate)
                {
                    if (!_pending.TryGetValue(itemId, out var current) || current != timer)
                        return;
                    _pending.Remove(itemId);
                }

                reachServer();
            }, null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _pending[itemId] = timer;
            timer.Change(SaveDelay, Timeout.InfiniteTimeSpan); // started once recorded, so it always finds itself

        }
    }

    internal void Cancel(string itemId)
    {
        lock (_gate)
            if (_pending.Remove(itemId, out var timer))
                timer.Dispose();
    }
}
