using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Scheduling;

/// <summary>Use case: the organizer gives the circle a new cadence; the series in their calendar follows, past sessions are kept.</summary>
/// <remarks>
/// The calendar is changed first: if it is unavailable nothing is saved and the request can simply be repeated. The cadence
/// is then saved with the version read (ETag): if someone changed the circle meanwhile the caller gets 409, and if the save
/// never happens (a crash) the series differs from the stored cadence until the timer patches it back (the store is the truth).
/// Exchange discards the sessions moved or cancelled one by one when a series changes: they are re-applied after the change
/// (<see cref="SessionExceptions"/>), and those that cannot be are kept on the schedule for the organizer's tab.
/// </remarks>
public sealed class ChangeCadence(
    ICircleStore circles, ICalendarGateway calendar, SeriesLifecycle lifecycle, SessionExceptions exceptions, IPersonDirectory directory, TimeProvider time)
{
    public async Task<Result<SeriesView>> ExecuteAsync(Caller caller, CircleId id, CadenceDraft draft, CancellationToken cancellationToken = default)
    {
        var found = await circles.FindForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return Result<SeriesView>.Failure(found.Errors);
        }

        var circle = found.Value.Value;
        if (CircleRules.OrganizerOnly(circle, caller.Id, "cadence.organizerOnly") is { } refused)
        {
            return refused;
        }

        if (circle.Schedule is not { State: ScheduleState.Scheduled, Series: { } series } schedule)
        {
            return circle.Schedule switch
            {
                null => Error.NotFound("series.notScheduled"),
                { State: ScheduleState.Pending } => Error.Conflict("series.pending"),
                { State: ScheduleState.Pausing or ScheduleState.Paused } => Error.Conflict("circle.notActive"),
                { EndReason: CircleSchedule.DeletedInOutlook } => Error.Conflict("series.deletedInOutlook"),
                _ => Error.Conflict("circle.closed"),
            };
        }

        // The caller's own zone is only needed when the draft names none; read the directory only then.
        var fallbackZone = draft.TimeZone is null
            ? (await directory.FindAsync(caller.Tenant, [caller.Id], cancellationToken).ConfigureAwait(false)).FirstOrDefault()?.TimeZone ?? circle.Cadence.TimeZone
            : null;
        var cadence = Cadence.Create(draft, circle.Kind, time.GetUtcNow(), fallbackZone);
        if (!cadence.IsSuccess)
        {
            return Result<SeriesView>.Failure(cadence.Errors);
        }

        var changedAlone = await exceptions.ReadAsync(circle, cancellationToken).ConfigureAwait(false);
        var updated = await calendar.UpdateCadenceAsync(circle.Tenant, schedule.Organizer, series.SeriesMasterId, cadence.Value, cancellationToken).ConfigureAwait(false);
        if (!updated.IsSuccess)
        {
            return Result<SeriesView>.Failure(updated.Errors);
        }

        var reapplied = await exceptions.ReapplyAsync(circle, circle.Cadence, cadence.Value, changedAlone, cancellationToken).ConfigureAwait(false);
        if (!reapplied.IsSuccess)
        {
            return Result<SeriesView>.Failure(reapplied.Errors);
        }

        var now = time.GetUtcNow();
        var saved = await circles.ApplyAsync(
            caller, id, found.Value.Version, c => c with { Cadence = cadence.Value, Schedule = c.Schedule!.Lost(reapplied.Value, now) }, cancellationToken).ConfigureAwait(false);
        if (!saved.IsSuccess)
        {
            return Result<SeriesView>.Failure(saved.Errors);
        }

        return await lifecycle.SyncAsync(saved.Value.Circle, cancellationToken).ConfigureAwait(false);
    }
}
