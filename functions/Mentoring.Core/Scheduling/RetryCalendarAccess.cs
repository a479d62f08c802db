using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Scheduling;

/// <summary>Use case: the organizer says their administrator has granted access; the timer tries their calendar again on its next run.</summary>
/// <remarks>Only the organizer: it is their mailbox, and their administrator they asked. Nothing to retry is not an error.</remarks>
public sealed class RetryCalendarAccess(ICircleStore circles)
{
    public async Task<Result<SeriesView>> ExecuteAsync(Caller caller, CircleId id, CancellationToken cancellationToken = default)
    {
        var found = await circles.FindForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return Result<SeriesView>.Failure(found.Errors);
        }

        if (CircleRules.OrganizerOnly(found.Value.Value, caller.Id, "calendarAccess.organizerOnly") is { } refused)
        {
            return refused;
        }

        if (found.Value.Value.Schedule is null)
        {
            return Error.NotFound("series.notScheduled");
        }

        var saved = await circles.ApplyAsync(caller, found.Value, c => c.Schedule is { } s
            ? c with { Schedule = s with { AccessDenied = null } }
            : c, cancellationToken).ConfigureAwait(false);
        return saved.IsSuccess
            ? new SeriesView(saved.Value.Circle.Schedule!, [])
            : Result<SeriesView>.Failure(saved.Errors);
    }
}
