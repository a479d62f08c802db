using Mentoring.Core.People;

namespace Mentoring.Core.Scheduling;

/// <summary>A circle's series: who organizes it, the transaction id that makes its creation idempotent, and what Graph returned.</summary>
/// <remarks>
/// The organizer is the member who scheduled the series: it lives in their own calendar, never in someone else's.
/// <see cref="AttendeesOutdated"/> is the intent written with a membership change, in the same save: the series' attendees
/// must be updated; it is cleared once the calendar confirmed it, so a crash or an outage in between only delays it.
/// <see cref="Leaving"/> names the members removed since (their ids only, kept until the calendar confirmed they are no
/// longer invited): the update is then a change applied to the attendees the calendar has, not a list written over them.
/// <see cref="EndReason"/> is set only when the series ended without the circle closing (an error code members read, e.g.
/// <see cref="DeletedInOutlook"/>).
/// </remarks>
public sealed record CircleSchedule(ScheduleState State, PersonId Organizer, string TransactionId, MeetingSeries? Series, DateTimeOffset RequestedAt, string? EndReason = null)
{
    /// <summary>The end reason of a series someone deleted in Outlook: the calendar no longer knows its master.</summary>
    public const string DeletedInOutlook = "series.deletedInOutlook";

    /// <summary>The members changed since the series' attendees were last written.</summary>
    public bool AttendeesOutdated { get; init; }

    /// <summary>Former members still to be removed from the series' attendees (empty once the calendar followed).</summary>
    public IReadOnlyList<PersonId> Leaving { get; init; } = [];

    /// <summary>
    /// Set when the series was made in Outlook and adopted (the Graph id of its master in the organizer's calendar): the
    /// product then reads that item instead of creating a series, and never creates one for this schedule.
    /// </summary>
    public string? AdoptedEventId { get; init; }

    /// <summary>Set while the organizer's mailbox refuses the app: the timer's tries so far and the next one (null once it answers).</summary>
    public CalendarAccessDenied? AccessDenied { get; init; }

    /// <summary>Sessions moved or cancelled one by one that a cadence change could not keep (see <see cref="SessionExceptions"/>), for the organizer.</summary>
    public IReadOnlyList<SessionNotKept> NotKept { get; init; } = [];

    /// <summary>Set while a party reshapes the series in the calendar (see <see cref="SeriesLease"/>): the others leave it alone.</summary>
    public SeriesLease? Reshaping { get; init; }

    /// <summary>Whether the series is (or will be) in the organizer's calendar, so its attendees, sessions and end concern it.</summary>
    public bool IsLive => State is ScheduleState.Pending or ScheduleState.Scheduled;

    public static CircleSchedule Pending(PersonId organizer, string transactionId, DateTimeOffset now) =>
        new(ScheduleState.Pending, organizer, transactionId, null, now);

    /// <summary>An adoption recorded, not yet confirmed (the item not sent yet, or the calendar unavailable): the timer finishes it.</summary>
    public static CircleSchedule Adopting(PersonId organizer, string eventId, DateTimeOffset now) =>
        new(ScheduleState.Pending, organizer, "adopt-" + eventId, null, now) { AdoptedEventId = eventId };

    /// <summary>The schedule after its members became <paramref name="members"/> (from <paramref name="before"/>): the attendees must follow.</summary>
    public CircleSchedule MembersChanged(IReadOnlyCollection<PersonId> before, IReadOnlyCollection<PersonId> members) => this with
    {
        AttendeesOutdated = true,
        Leaving = [.. Leaving.Concat(before).Distinct().Except(members)],
    };

    /// <summary>
    /// The schedule after an invitation ended unanswered-yes (declined, withdrawn): an adopted series' Outlook invitation was sent
    /// by its organizer to the pending invitees too (<see cref="Adoption.SeriesAdoption"/>), so they must leave its attendees. A
    /// series the product created never invited them: nothing to change.
    /// </summary>
    public CircleSchedule InvitationEnded(PersonId invitee) =>
        AdoptedEventId is null ? this : this with { AttendeesOutdated = true, Leaving = [.. Leaving.Append(invitee).Distinct()] };

    /// <summary>
    /// The schedule once the calendar applied a change computed from <paramref name="present"/> and <paramref name="absent"/>:
    /// those removed are forgotten, and the intent is cleared only if nothing changed since (<paramref name="members"/> are the current ones).
    /// </summary>
    public CircleSchedule AttendeesFollowed(IReadOnlySet<PersonId> present, IReadOnlySet<PersonId> absent, IEnumerable<PersonId> members)
    {
        var leaving = Leaving.Where(p => !absent.Contains(p)).ToArray();
        return this with { Leaving = leaving, AttendeesOutdated = AttendeesOutdated && (leaving.Length > 0 || !present.SetEquals(members)) };
    }

    /// <summary>The schedule after a cadence change lost <paramref name="lost"/>: added to those still ahead at <paramref name="now"/>.</summary>
    public CircleSchedule Lost(IReadOnlyList<SessionNotKept> lost, DateTimeOffset now) =>
        this with { NotKept = [.. NotKept.Where(s => s.Start > now).Concat(lost).DistinctBy(s => s.OriginalStart).OrderBy(s => s.Start)] };

    public CircleSchedule Confirm(MeetingSeries series) => this with { State = ScheduleState.Scheduled, Series = series };

    /// <summary>The schedule once its series is gone from the organizer's calendar: ended, and saying why.</summary>
    public CircleSchedule DeletedFromCalendar() => this with { State = ScheduleState.Ended, EndReason = DeletedInOutlook };
}
