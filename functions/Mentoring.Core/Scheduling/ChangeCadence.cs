using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Scheduling;

/// <summary>Use case: the organizer gives the circle a new cadence; the series in their calendar follows, past sessions are kept.</summary>
/// <remarks>
/// The series is first leased (<see cref="SeriesLease"/>) with the version read (ETag): if someone changed the circle meanwhile the
/// caller gets 409. The calendar is changed next: if it is unavailable the lease is given back, nothing else is saved and the
/// request can simply be repeated. If the save never happens (a crash) the series differs from the stored cadence until the lease
/// expires and the timer patches it back (the store is the truth).
/// Exchange discards the sessions moved or cancelled one by one when a series changes: they are re-applied after the change
/// (<see cref="SessionExceptions"/>), and those that cannot be are kept on the schedule for the organizer's tab.
/// </remarks>
public sealed class ChangeCadence(
    ICircleStore circles, IScheduledCircles scheduled, ICalendarGateway calendar, SeriesLifecycle lifecycle, SessionExceptions exceptions,
    Agendas.AgendasAfterReshape agendas, IPersonDirectory directory, TimeProvider time)
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

        // The series is ours alone while it changes (a visit of the timer would otherwise patch it back to the stored cadence).
        var holder = SeriesLease.NewHolder();
        var leased = await circles.ApplyAsync(caller, id, found.Value.Version, c => SeriesLease.Take(c, holder, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        if (!leased.IsSuccess)
        {
            return Result<SeriesView>.Failure(leased.Errors);
        }

        if (!SeriesLease.HeldBy(leased.Value, holder))
        {
            return Error.Conflict("series.busy");
        }

        // A refusal or a crash from here leaves the series off the stored cadence: the next timer run (after the lease) patches it back.
        await scheduled.MarkUnfinishedAsync(circle.Tenant, circle.Id, cancellationToken).ConfigureAwait(false);
        var reshaped = await ReshapeAsync(circle, series.SeriesMasterId, cadence.Value, cancellationToken).ConfigureAwait(false);
        if (!reshaped.IsSuccess)
        {
            await circles.ApplyAsync(caller, id, null, c => SeriesLease.Release(c, holder), cancellationToken).ConfigureAwait(false);
            return Result<SeriesView>.Failure(reshaped.Errors);
        }

        // Saved on the fresh circle (a member renamed it meanwhile, say): the lease kept its schedule ours. A lease lost to a
        // visit after Duration is not saved over: the stored cadence stays the truth the timer restores.
        var now = time.GetUtcNow();
        var saved = await circles.ApplyAsync(caller, id, null, c => c.Schedule is { } s && s.Reshaping?.Holder == holder
            ? c with { Cadence = cadence.Value, Schedule = s.Lost(reshaped.Value, now) with { Reshaping = null } }
            : Error.Conflict("series.busy"), cancellationToken).ConfigureAwait(false);
        if (!saved.IsSuccess)
        {
            return Result<SeriesView>.Failure(saved.Errors);
        }

        var synced = await lifecycle.SyncAsync(saved.Value.Circle, cancellationToken).ConfigureAwait(false);
        await agendas.RepublishAsync(saved.Value.Circle, cancellationToken).ConfigureAwait(false);
        return synced;
    }

    /// <summary>The series patched to <paramref name="cadence"/>, then the sessions moved or cancelled one by one re-applied: those it could not keep.</summary>
    private async Task<Result<IReadOnlyList<SessionNotKept>>> ReshapeAsync(Circle circle, string master, Cadence cadence, CancellationToken cancellationToken)
    {
        var changedAlone = await exceptions.ReadAsync(circle, cancellationToken).ConfigureAwait(false);
        var updated = await calendar.UpdateCadenceAsync(circle.Tenant, circle.Schedule!.Organizer, master, cadence, cancellationToken).ConfigureAwait(false);
        return updated.IsSuccess
            ? await exceptions.ReapplyAsync(circle, circle.Cadence, cadence, changedAlone, cancellationToken).ConfigureAwait(false)
            : Result<IReadOnlyList<SessionNotKept>>.Failure(updated.Errors);
    }
}
