using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Circles;

/// <summary>Use case: a member reads one of their circles.</summary>
public sealed class GetCircle(ICircleStore store)
{
    public async Task<Result<CircleView>> ExecuteAsync(Caller caller, CircleId id, CancellationToken cancellationToken = default)
    {
        var found = await store.FindForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        return found.Map(c => new CircleView(c.Value, c.Version));
    }
}
