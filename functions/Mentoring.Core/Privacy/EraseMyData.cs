using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Privacy;

/// <summary>
/// Use case: a person's data is erased (the worker of <see cref="RequestErasure"/>, or a person who left the organization).
/// They leave every circle (<see cref="CircleErasure"/>), their series leave the calendars, then every store that declares
/// personal data erases theirs.
/// </summary>
/// <remarks>
/// Resumable: the log records the circles to leave before anything changes, and the progress after each step; each step is
/// idempotent, so after a crash, an unavailable calendar (503, nothing lost) or a bounded step that stopped
/// (<see cref="ErasureUnfinishedException"/>) the next run finishes the job. Given a tenant and a person, never a caller:
/// whoever calls it checked who may ask. A finished erasure with no circle left is a 409 <c>privacy.alreadyErased</c>.
/// </remarks>
public sealed class EraseMyData(IPersonCircles memberOf, ICircleStore circles, ICalendarGateway calendar, SeriesLifecycle lifecycle, CircleCalendar follow, IEnumerable<IPersonalDataStore> stores, IErasureLog erasures, IPersonDirectory people, ISessionStore sessions, Agendas.IAgendaPublishQueue publishing, Requests.MentorPlaces places, TimeProvider time)
{
    /// <summary>The code of an erasure asked again once done: the worker and the leavers' timer read it as "nothing left to do".</summary>
    public const string AlreadyErased = "privacy.alreadyErased";

    public async Task<Result<ErasureReport>> ExecuteAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default)
    {
        var log = await erasures.FindAsync(tenant, person, cancellationToken).ConfigureAwait(false);
        var invited = await circles.ListInvitationsAsync(tenant, person, cancellationToken).ConfigureAwait(false);
        var current = (await memberOf.ListAsync(tenant, person, cancellationToken).ConfigureAwait(false))
            .Union(invited.Select(i => i.CircleId)).ToArray();
        if (log is { Done: true } && current.Length == 0)
        {
            return Error.Conflict(AlreadyErased);
        }

        CircleId[] toLeave = [.. (log is { Done: false } ? log.Circles : []).Union(current)];

        // The names are read while the directory's copy still exists and kept in the log: a run resumed after the People
        // store erased it still finds the person's name in the others' texts.
        var known = await DataSubject.OfAsync(tenant, person, toLeave, people, cancellationToken).ConfigureAwait(false);
        string[] names = [.. (log is { Done: false } ? log.Names : []).Union(known.Names, StringComparer.OrdinalIgnoreCase)];
        if (log is not { Done: false } || toLeave.Length != log.Circles.Count || names.Length != log.Names.Count)
        {
            await erasures.StartAsync(tenant, person, toLeave, names, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }

        var all = stores.ToArray();
        var step = new Steps(erasures, tenant, person, toLeave.Length + all.Length);
        foreach (var circle in toLeave)
        {
            var left = await LeaveAsync(tenant, circle, person, cancellationToken).ConfigureAwait(false);
            if (!left.IsSuccess)
            {
                return Result<ErasureReport>.Failure(left.Errors);
            }

            await step.DoneAsync(cancellationToken).ConfigureAwait(false);
        }

        // Every store is told the name and email to look for, as the log kept them.
        var subject = known with { Names = names };
        foreach (var store in all)
        {
            await store.EraseAsync(subject, cancellationToken).ConfigureAwait(false);
            await step.DoneAsync(cancellationToken).ConfigureAwait(false);
        }

        var now = time.GetUtcNow();
        await erasures.CompleteAsync(tenant, person, now, cancellationToken).ConfigureAwait(false);
        return new ErasureReport(toLeave.Length, now);
    }

    /// <summary>Counts the steps done and records them, so the personal tab shows how far the erasure is.</summary>
    private sealed class Steps(IErasureLog log, TenantId tenant, PersonId person, int total)
    {
        private int done;

        public Task DoneAsync(CancellationToken cancellationToken) =>
            log.AdvanceAsync(tenant, person, new ErasureProgress(++done, total), cancellationToken);
    }

    /// <summary>The calendar first (while the circle still says who organizes what), then the circle saved without them.</summary>
    private async Task<Result<Unit>> LeaveAsync(TenantId tenant, CircleId id, PersonId person, CancellationToken cancellationToken)
    {
        var found = await circles.FindAsync(tenant, id, cancellationToken).ConfigureAwait(false);
        if (found is not null && found.Value.Invited.Any(i => i.PersonId == person))
        {
            // Invited only (or declined): no calendar, no series; the circle keeps nothing of them.
            var uninvited = await circles.ApplyAsSystemAsync(found, c => CircleErasure.Forget(c, person), cancellationToken).ConfigureAwait(false);
            return uninvited.IsSuccess ? Unit.Value : Result<Unit>.Failure(uninvited.Errors);
        }

        if (found is null || !found.Value.HasMember(person))
        {
            return Unit.Value;
        }

        var cleared = await ClearCalendarAsync(found.Value, person, cancellationToken).ConfigureAwait(false);
        if (!cleared.IsSuccess)
        {
            return cleared;
        }

        var closing = new Requests.MentorshipClosing();
        var saved = await circles.ApplyAsSystemAsync(found, closing.Watch(c => CircleErasure.Forget(c, person)), cancellationToken).ConfigureAwait(false);
        if (!saved.IsSuccess)
        {
            return Result<Unit>.Failure(saved.Errors);
        }

        // A mentee's erasure ends the mentorship: the mentor has a place again (an erased mentor has no profile left).
        await places.ReleaseAsync(closing.Ended(saved: true), cancellationToken).ConfigureAwait(false);

        // A closing circle's series (organized by another member) ends now, or by the scheduling timer if the calendar is down.
        await follow.FollowAsync(saved, cancellationToken).ConfigureAwait(false);
        if (saved.Value.Circle.Schedule is { IsLive: true })
        {
            // Agendas already in Outlook name them: the coming ones are published again, without their name.
            var now = time.GetUtcNow();
            foreach (var session in (await sessions.ListAsync(tenant, id, cancellationToken).ConfigureAwait(false)).Where(s => s.State == SessionState.Upcoming && s.End > now))
            {
                await publishing.MarkAsync(tenant, id, session.Id, now, cancellationToken).ConfigureAwait(false);
            }
        }

        return Unit.Value;
    }

    /// <summary>
    /// Their own series is cancelled whole (it leaves every attendee's calendar, past occurrences included); in another
    /// member's series they stop being an attendee, past occurrences included. Gone already (404) counts as done.
    /// </summary>
    private async Task<Result<Unit>> ClearCalendarAsync(Circle circle, PersonId person, CancellationToken cancellationToken)
    {
        if (circle.Schedule is not { Series: { } series } schedule || schedule.EndReason == CircleErasure.OrganizerErased)
        {
            return Unit.Value;
        }

        Result<Unit> result;
        if (schedule.Organizer == person)
        {
            result = await calendar.CancelOccurrenceAsync(circle.Tenant, person, series.SeriesMasterId, "", cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var without = circle with
            {
                Members = [.. circle.Members.Where(m => m.PersonId != person)],
                Schedule = schedule with { Leaving = [.. schedule.Leaving, person] },
            };
            var updated = await lifecycle.UpdateAttendeesAsync(without, cancellationToken).ConfigureAwait(false);
            result = updated.IsSuccess ? Unit.Value : Result<Unit>.Failure(updated.Errors);
        }

        return result.IsSuccess || result.Errors[0].Kind == ErrorKind.NotFound ? Unit.Value : result;
    }
}
