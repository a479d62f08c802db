using System.Collections.Concurrent;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;

namespace Mentoring.Infrastructure.Tests.Privacy;

/// <summary>The timer failures a use case reported, as the host would log them (two purges may report at once).</summary>
public sealed class RecordedTimerFailures : ITimerFailureLog
{
    private readonly ConcurrentQueue<(string Timer, CircleId? Circle, string? Step)> reported = new();

    public void ItemCrashed(string timer, TenantId tenant, CircleId circle, Exception exception) => reported.Enqueue((timer, circle, null));

    public void StepCrashed(string timer, string step, Exception exception) => reported.Enqueue((timer, null, step));

    public CircleId[] Circles(string timer) => [.. reported.Where(r => r.Timer == timer && r.Circle is not null).Select(r => r.Circle!.Value)];
}
