using Mentoring.Core.Common;
using Mentoring.Core.Scheduling.Adoption;

namespace Mentoring.Core.Scheduling.Notifications;

/// <summary>The queue worker: syncs the circle of a changed series once, however often and in whatever order the change is told.</summary>
/// <remarks>
/// <para>A sync reads the calendar as it is when the sync starts, so it covers every notification received before that: a
/// notification received strictly before the circle's last sync start (a repeat, an older version arriving late) is coalesced (nothing read, nothing written). One received in the same instant is not (the sync may have read the calendar
/// first): it syncs again, which is only a cost. A storm of notifications for one circle is one sync; a late, older one is none.</para>
/// <para>The mark is claimed before the sync (with the row's version, so of two workers one syncs) and put back if the sync
/// fails, so the message's retry syncs again rather than being coalesced into a sync that never happened.</para>
/// </remarks>
public sealed class SyncChangedCircle(
    ISeriesIndex index, ICircleSyncMarks marks, VisitScheduledCircles visits, FollowOrganizer follow, CalendarCatchUp catchUp, IMailboxSubscriptions store, TimeProvider time)
{
    public const string SyncFailed = "notifications.syncFailed";

    public async Task<Result<SyncOutcome>> ExecuteAsync(CalendarWork work, IScheduleVisitLog log, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (work.LifecycleEvent is { } lifecycle)
        {
            return await LifecycleAsync(work, lifecycle, cancellationToken).ConfigureAwait(false);
        }

        if (await index.FindAsync(work.Tenant, work.EventId!, cancellationToken).ConfigureAwait(false) is not { } circle)
        {
            return SyncOutcome.NotACircle;
        }

        for (var attempt = 0; attempt < 2; attempt++)
        {
            if (await marks.FindAsync(work.Tenant, circle, cancellationToken).ConfigureAwait(false) is not { } mark)
            {
                return SyncOutcome.NotACircle;
            }

            if (Covers(mark, work))
            {
                return SyncOutcome.Coalesced;
            }

            if (await marks.ClaimAsync(work.Tenant, circle, mark, time.GetUtcNow(), work.ChangeKey, cancellationToken).ConfigureAwait(false) is not { } claimed)
            {
                continue; // another worker claimed it meanwhile: read again, its sync most likely covers this change
            }

            var synced = false;
            try
            {
                synced = await visits.VisitOneAsync(new ScheduledCircle(work.Tenant, circle, DateTimeOffset.MinValue), log, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                if (!synced)
                {
                    await marks.RestoreAsync(work.Tenant, circle, claimed, mark, CancellationToken.None).ConfigureAwait(false);
                }
            }

            return synced ? SyncOutcome.Synced : Error.Unavailable(SyncFailed);
        }

        return SyncOutcome.Coalesced;
    }

    /// <remarks>
    /// The notification's version (the series master's changeKey) is recorded, not trusted to tell changes apart: an occurrence
    /// moved in Outlook may be notified on the master with a version the product already saw, so only the receipt time decides.
    /// </remarks>
    private static bool Covers(CircleSyncMark mark, CalendarWork work) => mark.StartedAt is { } started && work.ReceivedAt < started;

    private async Task<Result<SyncOutcome>> LifecycleAsync(CalendarWork work, string lifecycle, CancellationToken cancellationToken)
    {
        if (lifecycle == FollowOrganizer.FollowEvent)
        {
            var followed = await follow.EnsureAsync(work.Tenant, work.Organizer, work.ReceivedAt, cancellationToken).ConfigureAwait(false);
            return followed.IsSuccess ? SyncOutcome.Followed
                : followed.Errors[0].Code == CalendarCatchUp.NotFollowed ? SyncOutcome.NotACircle // erased since it was asked: nothing to retry
                : Result<SyncOutcome>.Failure(followed.Errors);
        }

        if (await store.FindByIdAsync(work.Tenant, work.SubscriptionId, cancellationToken).ConfigureAwait(false) is not { } subscription)
        {
            return SyncOutcome.NotACircle; // replaced or removed since: its lifecycle no longer matters
        }

        // learn.microsoft.com/graph/change-notifications-lifecycle-events: reauthorizationRequired → renew (reauthorize);
        // subscriptionRemoved → create it again, then resynchronize; missed → resynchronize with a delta query.
        var done = lifecycle switch
        {
            "reauthorizationRequired" => (await follow.RenewAsync(subscription, cancellationToken).ConfigureAwait(false)).Errors,
            "subscriptionRemoved" => (await follow.RecreateAsync(subscription, cancellationToken).ConfigureAwait(false)).Errors,
            _ => [],
        };
        if (done.Count > 0)
        {
            return Result<SyncOutcome>.Failure(done);
        }

        if (lifecycle is not ("subscriptionRemoved" or "missed"))
        {
            return SyncOutcome.Renewed;
        }

        var caught = await catchUp.ExecuteAsync(work.Tenant, work.Organizer, cancellationToken).ConfigureAwait(false);
        return caught.IsSuccess ? SyncOutcome.CaughtUp : Result<SyncOutcome>.Failure(caught.Errors);
    }
}

/// <summary>What the worker did with one piece of work.</summary>
public enum SyncOutcome
{
    Synced,
    Coalesced,
    NotACircle,
    Followed,
    Renewed,
    CaughtUp,
}
