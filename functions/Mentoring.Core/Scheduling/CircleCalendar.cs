using Mentoring.Core.Circles;
using Mentoring.Core.Common;

namespace Mentoring.Core.Scheduling;

/// <summary>After a circle change is saved, does what it asked of the organizer's calendar.</summary>
/// <remarks>
/// The change was saved with its intent (ending, pausing, a resumption pending, attendees outdated): if the calendar is
/// unavailable now, the caller still gets the circle as saved and the scheduling timer finishes the job, exactly once.
/// </remarks>
public sealed class CircleCalendar(ICircleStore circles, IScheduledCircles scheduled, SeriesLifecycle lifecycle)
{
    public async Task<Result<CircleView>> FollowAsync(Result<CircleView> saved, CancellationToken cancellationToken)
    {
        if (!saved.IsSuccess || saved.Value.Circle.Schedule is not { } schedule)
        {
            return saved;
        }

        var circle = saved.Value.Circle;
        if (schedule is { State: ScheduleState.Ending or ScheduleState.Pausing } or { State: ScheduleState.Scheduled, AttendeesOutdated: true })
        {
            // Marked before the calendar is asked: a failure or a crash is finished by the next timer run (a creation is listed below).
            await scheduled.MarkUnfinishedAsync(circle.Tenant, circle.Id, cancellationToken).ConfigureAwait(false);
        }

        var followed = schedule switch
        {
            { State: ScheduleState.Ending } => await lifecycle.EndAsync(circle, cancellationToken).ConfigureAwait(false),
            { State: ScheduleState.Pausing } => await lifecycle.PauseAsync(circle, cancellationToken).ConfigureAwait(false),
            { State: ScheduleState.Pending } => await CompleteAsync(circle, cancellationToken).ConfigureAwait(false),
            { State: ScheduleState.Scheduled, AttendeesOutdated: true } => await lifecycle.UpdateAttendeesAsync(circle, cancellationToken).ConfigureAwait(false),
            _ => saved,
        };
        return followed.IsSuccess ? followed : saved;
    }

    /// <summary>A resumed circle's new series (or a creation still pending): created once, then the circle as saved with it.</summary>
    private async Task<Result<CircleView>> CompleteAsync(Circle circle, CancellationToken cancellationToken)
    {
        await scheduled.AddAsync(circle.Tenant, circle.Id, cancellationToken).ConfigureAwait(false);
        var completed = await lifecycle.CompleteAsync(circle, cancellationToken).ConfigureAwait(false);
        if (!completed.IsSuccess)
        {
            return Result<CircleView>.Failure(completed.Errors);
        }

        var found = await circles.FindAsync(circle.Tenant, circle.Id, cancellationToken).ConfigureAwait(false);
        return found is null ? Error.NotFound("circle.notFound") : new CircleView(found.Value, found.Version);
    }
}
