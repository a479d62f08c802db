namespace Mentoring.Benchmarks.Dispatch;

/// <summary>
/// Where a run's time went, from the emulator's Bot Connector log: before the first request, between first and last, after
/// the last, and the request rate in each 5 s from the enqueue.
/// </summary>
internal sealed record ConnectorTiming(int Requests, int Throttled, TimeSpan First, TimeSpan Span, TimeSpan Tail, IReadOnlyList<int> PerFiveSeconds);
