using Mentoring.Infrastructure.Storage;
using Mentoring.M365Emulator;

namespace Mentoring.Benchmarks;

/// <summary>One SchedulingTimer run over every listed circle: its wall time, Graph requests and Table Storage requests.</summary>
public sealed record TimerRun(int Listed, TimeSpan Wall, IReadOnlyList<RequestLogEntry> Graph, IReadOnlyList<StorageRequest> Storage);
