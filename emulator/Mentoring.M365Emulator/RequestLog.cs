namespace Mentoring.M365Emulator;

/// <summary>Requests in arrival order (Graph's /v1.0 in one log, the Bot Connector's in another); tests read it to count calls and check throttling behaviour.</summary>
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

    /// <summary>Records a request once answered: its method, path, status, and the time since <paramref name="startedTimestamp"/>.</summary>
    internal void Record(HttpContext context, string? mailbox, long startedTimestamp, DateTimeOffset now) =>
        Add(new RequestLogEntry(
            now,
            context.Request.Method,
            context.Request.Path + context.Request.QueryString,
            mailbox,
            context.Response.StatusCode,
            System.Diagnostics.Stopwatch.GetElapsedTime(startedTimestamp).TotalMilliseconds));

    internal void Add(RequestLogEntry entry)
    {
        lock (_gate)
            _entries.Add(entry);
    }
}
