namespace Mentoring.M365Emulator;

/// <summary>Every /v1.0 request, in arrival order; tests read it to count calls and check throttling behaviour.</summary>
public sealed class RequestLog
{
    private readonly Lock _gate = new();
    private readonly List<RequestLogEntry> _entries = [];

    public IReadOnlyList<RequestLogEntry> Entries
    {
        get
        {
            lock (_gate)
                return _entries.ToArray();
        }
    }

    public void Clear()
    {
        lock (_gate)
            _entries.Clear();
    }

    internal void Add(RequestLogEntry entry)
    {
        lock (_gate)
            _entries.Add(entry);
    }
}
