namespace Mentoring.Benchmarks.Dispatch;

/// <summary>One delivery run: cards asked for, wall time, what reached the chats and the requests it took.</summary>
internal sealed record DispatchRun(string Name, int Cards, TimeSpan Elapsed, int Delivered, int Duplicates, int Missed, int Unknown, long ConnectorRequests, long GraphRequests, long StorageRequests, ConnectorTiming Timing)
{
    public double CardsPerSecond => Delivered / Elapsed.TotalSeconds;

    /// <summary>Bot Connector requests per second while they flowed: near the pacing, the pacing is what limits.</summary>
    public double ConnectorRate => Timing.Span > TimeSpan.Zero ? (Timing.Requests - 1) / Timing.Span.TotalSeconds : 0;

    public int Throttled => Timing.Throttled;

    public TimeSpan FirstRequest => Timing.First;

    public TimeSpan Tail => Timing.Tail;
}
