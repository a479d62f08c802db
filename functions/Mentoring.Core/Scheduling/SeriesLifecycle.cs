using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Scheduling;

/// <summary>The calendar steps shared by the use cases and the timer: create the series, sync its sessions, end it.</summary>
/// <remarks>Each step can be repeated after any failure: creation reuses the circle's transaction id, the rest are idempotent.</remarks>
public sealed class SeriesLifecycle(ICircleStore circles, ISessionStore sessions, IScheduledCircles scheduled, ICalendarGateway calendar, IPersonDirectory directory, SchedulingSettings settings, Teams.ITeamsAppLinks links, TimeProvider time, Meetings.IMeetingIndex meetings, Adoption.SeriesAdoption adoption, Adoption.ISeriesIndex index, Notifications.FollowOrganizer follow)
{
    /// <summary>Creates (or finds again) the series of a pending circle, records it, then reads its sessions.</summary>
    public Task<Result<SeriesView>> CompleteAsync(Circle circle, CancellationToken cancellationToken) =>
        CompleteAsync(circle, null, cancellationToken);

    /// <summary>The same, from the circle as just read or saved: recording the series then needs no second read.</summary>
    public Task<Result<SeriesView>> CompleteAsync(Versioned<Circle> circle, CancellationToken cancellationToken) =>
        CompleteAsync(circle.Value, circle.Version, cancellationToken);

    private async Task<Result<SeriesView>> CompleteAsync(Circle circle, string? version, CancellationToken cancellationToken)
    {
        var schedule = circle.Schedule ?? throw new InvalidOperationException("The circle has no pending schedule.");

        // The organizer's calendar is followed by change notifications from their first series on (queued: no wait here).
        await follow.RequestAsync(circle.Tenant, schedule.Organizer, cancellationToken).ConfigureAwait(false);
        if (schedule.AdoptedEventId is not null)
        {
            // A series made in Outlook: it is read, never created (a draft not sent yet stays pending).
            var adopted = await adoption.CompleteAsync(circle, cancellationToken).ConfigureAwait(false);
            return !adopted.IsSuccess ? Result<SeriesView>.Failure(adopted.Errors)
                : adopted.Value.Schedule is { Series: not null } ? await SyncAsync(adopted.Value, cancellationToken).ConfigureAwait(false)
                : new SeriesView(adopted.Value.Schedule!, []);
        }

        var attendees = await AttendeesAsync(circle, schedule.Organizer, cancellationToken).ConfigureAwait(false);
        var tab = await links.ForTenantAsync(circle.Tenant, settings.TabLink, cancellationToken).ConfigureAwait(false);
        var request = new SeriesRequest(circle.Tenant, schedule.Organizer, attendees, Invitation.Subject(circle), Invitation.BodyHtml(circle, tab), circle.Cadence, schedule.TransactionId);
        var created = await calendar.CreateSeriesAsync(request, cancellationToken).ConfigureAwait(false);
        if (!created.IsSuccess)
        {
            return Result<SeriesView>.Failure(created.Errors);
        }

        Func<Circle, Result<Circle>> confirm = c => c with { Schedule = c.Schedule! with { Series = created.Value, State = Confirmed(c.Schedule.State) } };
        var saved = version is null
            ? await circles.ApplyAsSystemAsync(circle.Tenant, circle.Id, confirm, cancellationToken).ConfigureAwait(false)
            : await circles.ApplyAsSystemAsync(new Versioned<Circle>(circle, version), confirm, cancellationToken).ConfigureAwait(false);

        // The meeting side panel finds the circle by the meeting's chat thread or join URL (members only: the index grants nothing).
        await meetings.IndexAsync(circle.Tenant, circle.Id, created.Value, cancellationToken).ConfigureAwait(false);

        // The Outlook task pane, opened on this series, finds its circle by the item's id.
        await index.ClaimAsync(circle.Tenant, created.Value.SeriesMasterId, circle.Id, cancellationToken).ConfigureAwait(false);
        return saved.IsSuccess ? await SyncAsync(saved.Value.Circle, cancellationToken).ConfigureAwait(false) : Result<SeriesView>.Failure(saved.Errors);
    }

    /// <summary>Reads the occurrences of the series and stores what changed in the circle's sessions.</summary>
    public async Task<Result<SeriesView>> SyncAsync(Circle circle, CancellationToken cancellationToken)
    {
        var schedule = circle.Schedule!;
        if (schedule.AttendeesOutdated)
        {
            // A membership change the calendar has not followed yet (an outage, a crash): it comes first.
            var followed = await UpdateAttendeesAsync(circle, cancellationToken).ConfigureAwait(false);
            if (!followed.IsSuccess)
            {
                return Result<SeriesView>.Failure(followed.Errors);
            }
        }

        var expected = circle.Cadence.Expand();
        var from = expected[0].Start.AddDays(-1);
        var to = expected[^1].End.AddDays(62);
        var occurrences = await calendar.ListOccurrencesAsync(circle.Tenant, schedule.Organizer, schedule.Series!.SeriesMasterId, from, to, cancellationToken).ConfigureAwait(false);
        if (!occurrences.IsSuccess)
        {
            return Result<SeriesView>.Failure(occurrences.Errors);
        }

        var existing = await sessions.ListAsync(circle.Tenant, circle.Id, cancellationToken).ConfigureAwait(false);
        var (upserts, deletes) = SessionReconciliation.Reconcile(circle.Cadence, occurrences.Value, existing, time.GetUtcNow());
        if (upserts.Count > 0 || deletes.Count > 0)
        {
            await sessions.SaveAsync(circle.Tenant, circle.Id, upserts, deletes, cancellationToken).ConfigureAwait(false);
        }

        var current = existing.Where(s => !deletes.Contains(s.Id)).ExceptBy(upserts.Select(u => u.Id), s => s.Id).Concat(upserts).OrderBy(s => s.OriginalStart).ToArray();
        return new SeriesView(schedule, current);
    }

    /// <summary>Ends the series of a closing circle after today (local), then marks it ended and stops visiting it.</summary>
    /// <returns>The circle as saved with its series ended.</returns>
    public async Task<Result<CircleView>> EndAsync(Circle circle, CancellationToken cancellationToken)
    {
        var schedule = circle.Schedule!;
        if (schedule.Series is null)
        {
            // The creation was never confirmed: find (or create) the series by its transaction id, so there is one to end.
            var completed = await CompleteAsync(circle, cancellationToken).ConfigureAwait(false);
            if (!completed.IsSuccess)
            {
                return Result<CircleView>.Failure(completed.Errors);
            }

            schedule = completed.Value.Schedule;
        }

        // An adopted item never sent is its organizer's own draft: there is no series to end.
        var ended = schedule.Series is null ? Unit.Value
            : await calendar.EndSeriesAsync(circle.Tenant, schedule.Organizer, schedule.Series.SeriesMasterId, circle.Cadence, circle.Cadence.Today(time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        if (!ended.IsSuccess)
        {
            return Result<CircleView>.Failure(ended.Errors);
        }

        var saved = await circles.ApplyAsSystemAsync(circle.Tenant, circle.Id, c => c with { Schedule = c.Schedule! with { State = ScheduleState.Ended } }, cancellationToken).ConfigureAwait(false);
        if (saved.IsSuccess)
        {
            // Only now: until the end is saved the circle must stay on the timer's list, or nobody would finish it.
            await scheduled.RemoveAsync(circle.Tenant, circle.Id, cancellationToken).ConfigureAwait(false);
        }

        return saved;
    }

    /// <summary>A circle closed or paused while its creation was pending still needs its series ended.</summary>
    private static ScheduleState Confirmed(ScheduleState state) => state is ScheduleState.Ending or ScheduleState.Pausing ? state : ScheduleState.Scheduled;

    /// <summary>
    /// Ends the series of a pausing circle after its last started session, marks it paused, and marks its upcoming sessions
    /// cancelled. The circle stays on the timer's list, so a pause the calendar did not confirm is finished later.
    /// </summary>
    public async Task<Result<CircleView>> PauseAsync(Circle circle, CancellationToken cancellationToken)
    {
        var schedule = circle.Schedule!;
        if (schedule.Series is null)
        {
            var completed = await CompleteAsync(circle, cancellationToken).ConfigureAwait(false);
            if (!completed.IsSuccess)
            {
                return Result<CircleView>.Failure(completed.Errors);
            }

            schedule = completed.Value.Schedule;
        }

        var now = time.GetUtcNow();
        var lastDate = SeriesResumption.LastDateBeforePause(circle.Cadence, now);
        var ended = schedule.Series is null ? Unit.Value
            : await calendar.EndSeriesAsync(circle.Tenant, schedule.Organizer, schedule.Series.SeriesMasterId, circle.Cadence, lastDate, cancellationToken).ConfigureAwait(false);

        // Not found: a pause with no session yet cancels the whole series, and a repeated pause finds it already gone.
        if (!ended.IsSuccess && ended.Errors[0].Kind != ErrorKind.NotFound)
        {
            return Result<CircleView>.Failure(ended.Errors);
        }

        var existing = await sessions.ListAsync(circle.Tenant, circle.Id, cancellationToken).ConfigureAwait(false);
        var cancelled = existing.Where(s => s.State == SessionState.Upcoming && s.Start > now).Select(s => s with { State = SessionState.Cancelled }).ToArray();
        if (cancelled.Length > 0)
        {
            await sessions.SaveAsync(circle.Tenant, circle.Id, cancelled, [], cancellationToken).ConfigureAwait(false);
        }

        return await circles.ApplyAsSystemAsync(
            circle.Tenant, circle.Id, c => c.Schedule is { State: ScheduleState.Pausing } s ? c with { Schedule = s with { State = ScheduleState.Paused } } : c, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Invites the circle's members and uninvites those who left (<see cref="CircleSchedule.Leaving"/>), as a change the
    /// gateway applies to the attendees it reads (see <see cref="AttendeeChange"/>); then records what the calendar followed.
    /// </summary>
    public async Task<Result<CircleView>> UpdateAttendeesAsync(Circle circle, CancellationToken cancellationToken)
    {
        var schedule = circle.Schedule!;
        var members = circle.Members.Select(m => m.PersonId).ToArray();
        var present = await AttendeesAsync(circle.Tenant, members, schedule.Organizer, cancellationToken).ConfigureAwait(false);
        var absent = await AttendeesAsync(circle.Tenant, schedule.Leaving, schedule.Organizer, cancellationToken).ConfigureAwait(false);
        var change = new AttendeeChange(present, absent);
        var updated = await calendar.UpdateAttendeesAsync(circle.Tenant, schedule.Organizer, schedule.Series!.SeriesMasterId, change, cancellationToken).ConfigureAwait(false);
        if (!updated.IsSuccess)
        {
            return Result<CircleView>.Failure(updated.Errors);
        }

        // Someone may have changed the members meanwhile: then the intent stays, and their own update (or the timer) follows.
        var sent = circle.Members.Select(m => m.PersonId).ToHashSet();
        var removed = schedule.Leaving.ToHashSet();
        return await circles.ApplyAsSystemAsync(
            circle.Tenant,
            circle.Id,
            c => c.Schedule is { } s && (s.AttendeesOutdated || s.Leaving.Count > 0) ? c with { Schedule = s.AttendeesFollowed(sent, removed, c.Members.Select(m => m.PersonId)) } : c,
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<Attendee[]> AttendeesAsync(Circle circle, PersonId organizer, CancellationToken cancellationToken) =>
        await AttendeesAsync(circle.Tenant, [.. circle.Members.Select(m => m.PersonId)], organizer, cancellationToken).ConfigureAwait(false);

    private async Task<Attendee[]> AttendeesAsync(TenantId tenant, IReadOnlyList<PersonId> people, PersonId organizer, CancellationToken cancellationToken)
    {
        // The organizer is not an attendee of their own series: only the others are looked up.
        var others = people.Where(p => p != organizer).ToArray();
        if (others.Length == 0)
        {
            return [];
        }

        var found = await directory.FindAsync(tenant, others, cancellationToken).ConfigureAwait(false);
        return [.. found.Select(p => new Attendee(p.Id, p.DisplayName, p.Email))];
    }
}
