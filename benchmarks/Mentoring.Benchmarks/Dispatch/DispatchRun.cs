namespace Mentoring.Benchmarks.Dispatch;

/// <summary>One delivery run: cards asked for, wall time, what reached the chats and the requests it took.</summary>
internal sealed record DispatchRun(string Name, int Cards, TimeSpan Elapsed, int Delivered, int Duplicates, int Missed, int Unknown, long ConnectorRequests, long GraphRequests, long StorageRequests)
{
    public double CardsPerSecond => Delivered / Elapsed.TotalSeconds;
}
