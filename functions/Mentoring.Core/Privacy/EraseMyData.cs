using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Privacy;

/// <summary>
/// Use case: a person erases their data. They leave every circle (<see cref="CircleErasure"/>), their series leave the
/// calendars, then every store that declares personal data erases theirs.
/// </summary>
/// <remarks>
/// Resumable: the log records the circles to leave before anything changes; each step is idempotent, so after a crash or an
/// unavailable calendar (503, nothing lost) the same request finishes the job. Only one's own data; a finished erasure asked
/// again is a 409 <c>privacy.alreadyErased</c> that writes nothing.
/// </remarks>
public sealed class EraseMyData(ICircleStore circles, ICalendarGateway calendar, SeriesLifecycle lifecycle, CircleCalendar follow, IEnumerable<IPersonalDataStore> stores, IErasureLog erasures, IPersonDirectory people, ISessionStore sessions, Agendas.IAgendaPublishQueue publishing, Requests.MentorPlaces places, TimeProvider time)
{
    public async Task<Result<ErasureReport>> ExecuteAsync(Caller caller, PersonId? asked = null, CancellationToken cancellationToken = default)
    {
        if (asked is { } other && other != caller.Id)
        {
            return Error.Forbidden("privacy.ownDataOnly");
        }

        var (tenant, person) = (caller.Tenant, caller.Id);
        var log = await erasures.FindAsync(tenant, person, cancellationToken).ConfigureAwait(false);
        var current = (await circles.ListForMemberAsync(tenant, person, cancellationToken).ConfigureAwait(false)).Select(c => c.Id);
        if (log is { Done: true } && !current.Any())
        {
            return Error.Conflict("privacy.alreadyErased");
        }

        CircleId[] toLeave = [.. (log is { Done: false } ? log.Circles : []).Union(current)];
        await erasures.StartAsync(tenant, person, toLeave, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        foreach (var circle in toLeave)
        {
            var left = await LeaveAsync(tenant, circle, person, cancellationToken).ConfigureAwait(false);
            if (!left.IsSuccess)
            {
                return Result<ErasureReport>.Failure(left.Errors);
            }
        }

        // Read before any store erases, the directory's copy included: every store is told the name and email to look for.
        var subject = await DataSubject.OfAsync(caller, toLeave, people, cancellationToken).ConfigureAwait(false);
        foreach (var store in stores)
        {
            await store.EraseAsync(subject, cancellationToken).ConfigureAwait(false);
        }

        var now = time.GetUtcNow();
        await erasures.CompleteAsync(tenant, person, now, cancellationToken).ConfigureAwait(false);
        return new ErasureReport(toLeave.Length, now);
    }

    /// <summary>The calendar first (while the circle still says who organizes what), then the circle saved without them.</summary>
    private async Task<Result<Unit>> LeaveAsync(TenantId tenant, CircleId id, PersonId person, CancellationToken cancellationToken)
    {
        var found = await circles.FindAsync(tenant, id, cancellationToken).ConfigureAwait(false);
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
