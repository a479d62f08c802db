using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Circles;

/// <summary>Reads a circle for a caller: to anyone but its members, in any tenant, it does not exist.</summary>
public static class CircleAccess
{
    public static async Task<Result<Versioned<Circle>>> FindForMemberAsync(this ICircleStore store, Caller caller, CircleId id, CancellationToken cancellationToken)
    {
        var found = await store.FindAsync(caller.Tenant, id, cancellationToken).ConfigureAwait(false);
        return found is not null && found.Value.HasMember(caller.Id) ? found : Error.NotFound("circle.notFound");
    }
}
