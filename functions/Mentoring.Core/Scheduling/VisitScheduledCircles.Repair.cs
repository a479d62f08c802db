using Mentoring.Core.Circles;
using Mentoring.Core.Common;

namespace Mentoring.Core.Scheduling;

/// <summary>The visit's repair of a series that drifted from the stored cadence, under the series' lease (<see cref="SeriesLease"/>).</summary>
public sealed partial class VisitScheduledCircles
{
    /// <summary>Puts the series back to the stored cadence if it drifted (the sessions changed one by one re-applied), then re-syncs its sessions.</summary>
    /// <remarks>Nothing is done while another party reshapes the series (a cadence change in flight): it syncs the sessions itself when done.</remarks>
    private async Task<(VisitOutcome, IReadOnlyList<Error>)> RepairThenSyncAsync(Versioned<Circle> found, ScheduledCircle listed, IScheduleVisitLog log, CancellationToken cancellationToken)
    {
        if (found.Value.Schedule!.Reshaping?.IsActive(time.GetUtcNow()) == true)
        {
            return (VisitOutcome.Waiting, []);
        }

        var follows = await FollowsAsync(found.Value, cancellationToken).ConfigureAwait(false);
        if (!follows.IsSuccess)
        {
            return (VisitOutcome.Failed, follows.Errors);
        }

        var (outcome, circle) = (VisitOutcome.Synced, found.Value);
        if (!follows.Value)
        {
            var repaired = await RepairAsync(found, cancellationToken).ConfigureAwait(false);
            if (!repaired.IsSuccess)
            {
                return (VisitOutcome.Failed, repaired.Errors);
            }

            if (repaired.Value is not { } done)
            {
                return (VisitOutcome.Waiting, []);
            }

            (outcome, circle) = (done.Patched ? VisitOutcome.Repaired : VisitOutcome.Synced, done.Circle);
            if (done.Patched)
            {
                log.Repaired(listed);
            }
        }

        var synced = await lifecycle.SyncAsync(circle, cancellationToken).ConfigureAwait(false);
        if (outcome == VisitOutcome.Repaired)
        {
            await agendas.RepublishAsync(circle, cancellationToken).ConfigureAwait(false);
        }

        return (outcome, synced.Errors);
    }

    private Task<Result<bool>> FollowsAsync(Circle circle, CancellationToken cancellationToken) =>
        calendar.FollowsCadenceAsync(circle.Tenant, circle.Schedule!.Organizer, circle.Schedule.Series!.SeriesMasterId, circle.Cadence, cancellationToken);

    /// <summary>
    /// Under the series' lease: the series patched back to the cadence stored now (checked again, as a party that held the lease
    /// before may have changed or repaired it) and the sessions changed one by one re-applied. Null when another party holds the lease.
    /// </summary>
    private async Task<Result<Repair?>> RepairAsync(Versioned<Circle> found, CancellationToken cancellationToken)
    {
        var holder = SeriesLease.NewHolder();
        var leased = await circles.ApplyAsSystemAsync(found, c => SeriesLease.Take(c, holder, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        if (!leased.IsSuccess)
        {
            return Result<Repair?>.Failure(leased.Errors);
        }

        if (!SeriesLease.HeldBy(leased.Value, holder))
        {
            return (Repair?)null;
        }

        var circle = leased.Value.Circle;
        var lost = await PatchBackAsync(circle, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var released = await circles.ApplyAsSystemAsync(circle.Tenant, circle.Id, c => SeriesLease.Release(c, holder) is var free && lost is { IsSuccess: true, Value.Count: > 0 }
            ? free with { Schedule = free.Schedule!.Lost(lost.Value, now) }
            : free, cancellationToken).ConfigureAwait(false);
        if (!lost.IsSuccess)
        {
            return Result<Repair?>.Failure(lost.Errors);
        }

        return released.IsSuccess ? new Repair(lost.Value is not null, released.Value.Circle) : Result<Repair?>.Failure(released.Errors);
    }

    /// <summary>The sessions a patch back to the stored cadence could not keep; null when the series follows it already.</summary>
    private async Task<Result<IReadOnlyList<SessionNotKept>?>> PatchBackAsync(Circle circle, CancellationToken cancellationToken)
    {
        var follows = await FollowsAsync(circle, cancellationToken).ConfigureAwait(false);
        if (!follows.IsSuccess || follows.Value)
        {
            return follows.IsSuccess ? Result<IReadOnlyList<SessionNotKept>?>.Success(null) : Result<IReadOnlyList<SessionNotKept>?>.Failure(follows.Errors);
        }

        var changedAlone = await exceptions.ReadAsync(circle, cancellationToken).ConfigureAwait(false);
        var patched = await calendar.UpdateCadenceAsync(circle.Tenant, circle.Schedule!.Organizer, circle.Schedule.Series!.SeriesMasterId, circle.Cadence, cancellationToken)
            .ConfigureAwait(false);
        if (!patched.IsSuccess)
        {
            return Result<IReadOnlyList<SessionNotKept>?>.Failure(patched.Errors);
        }

        var reapplied = await exceptions.ReapplyAsync(circle, circle.Cadence, circle.Cadence, changedAlone, cancellationToken).ConfigureAwait(false);
        return reapplied.IsSuccess ? Result<IReadOnlyList<SessionNotKept>?>.Success(reapplied.Value) : Result<IReadOnlyList<SessionNotKept>?>.Failure(reapplied.Errors);
    }

    private sealed record Repair(bool Patched, Circle Circle);
}
