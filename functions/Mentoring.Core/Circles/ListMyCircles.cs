using Mentoring.Core.People;

namespace Mentoring.Core.Circles;

/// <summary>Use case: the circles the caller belongs to, active first, then by name.</summary>
public sealed class ListMyCircles(ICircleStore store)
{
    public async Task<IReadOnlyList<CircleSummary>> ExecuteAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        var circles = await store.ListForMemberAsync(caller.Tenant, caller.Id, cancellationToken).ConfigureAwait(false);
        return [.. circles.OrderBy(c => c.Status).ThenBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase)];
    }
}
