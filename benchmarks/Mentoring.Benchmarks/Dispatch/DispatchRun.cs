namespace Mentoring.Benchmarks.Dispatch;

/// <summary>One delivery run: cards asked for, wall time, what reached the chats and the requests it took.</summary>
/// <param name="CatalogLookups">Graph <c>/appCatalogs/teamsApps</c> requests: the Teams app's catalog id, looked up once per tenant.</param>
/// <param name="InstallActivities">installationUpdate and conversationUpdate activities Teams (the emulator) posted to the product.</param>
internal sealed record DispatchRun(string Name, int Cards, TimeSpan Elapsed, int Delivered, int Duplicates, int Missed, int Unknown, long ConnectorRequests, long GraphRequests, long StorageRequests, ConnectorTiming Timing,
    int CatalogLookups = 0, int InstallActivities = 0)
{
    public double CardsPerSecond => Delivered / Elapsed.TotalSeconds;

    /// <summary>Bot Connector requests per second while they flowed: near the pacing, the pacing is what limits.</summary>
    public double ConnectorRate => Timing.Span > TimeSpan.Zero ? (Timing.Requests - 1) / Timing.Span.TotalSeconds : 0;

    public int Throttled => Timing.Throttled;

    public TimeSpan FirstRequest => Timing.First;

    public TimeSpan Tail => Timing.Tail;
}
