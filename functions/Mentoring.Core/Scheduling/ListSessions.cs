using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Scheduling;

/// <summary>Use case: a member reads the circle's series and sessions.</summary>
public sealed class ListSessions(ICircleStore circles, ISessionStore sessions)
{
    public async Task<Result<SeriesView>> ExecuteAsync(Caller caller, CircleId id, CancellationToken cancellationToken = default)
    {
        var found = await circles.FindForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return Result<SeriesView>.Failure(found.Errors);
        }

        if (found.Value.Value.Schedule is not { } schedule)
        {
            return Error.NotFound("series.notScheduled");
        }

        return new SeriesView(schedule, await sessions.ListAsync(caller.Tenant, id, cancellationToken).ConfigureAwait(false));
    }
}
