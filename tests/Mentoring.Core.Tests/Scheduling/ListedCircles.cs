using System.Runtime.CompilerServices;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Tests.Scheduling;

/// <summary>A work list for the timer's pure decisions; the Table Storage one is tested on Azurite.</summary>
internal sealed class ListedCircles(params ScheduledCircle[] rows) : IScheduledCircles
{
    public List<ScheduledCircle> Rows { get; } = [.. rows];

    public Task AddAsync(TenantId tenant, CircleId circle, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task RemoveAsync(TenantId tenant, CircleId circle, CancellationToken cancellationToken = default)
    {
        Rows.RemoveAll(r => r.Tenant == tenant && r.Circle == circle);
        return Task.CompletedTask;
    }

    public Task MarkUnfinishedAsync(TenantId tenant, CircleId circle, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task MarkFinishedAsync(TenantId tenant, CircleId circle, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public IAsyncEnumerable<ScheduledCircle> ListUnfinishedAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public async IAsyncEnumerable<ScheduledCircle> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var row in Rows.ToArray())
        {
            await Task.Yield();
            yield return row;
        }
    }
}
