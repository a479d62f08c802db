using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Circles;

/// <summary>Use case: a member removes a peer (or themselves) from a peer group that keeps at least three.</summary>
public sealed class RemoveMember(ICircleStore store)
{
    public Task<Result<CircleView>> ExecuteAsync(Caller caller, CircleId id, PersonId leaving, string? expectedVersion, CancellationToken cancellationToken = default) =>
        store.ApplyAsync(caller, id, expectedVersion, circle => circle.RemoveMember(leaving), cancellationToken);
}
